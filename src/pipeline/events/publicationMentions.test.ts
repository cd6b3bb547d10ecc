import { describe, expect, it } from 'vitest';
import type { Published } from '../schema.ts';
import { extractMentions } from './extractMentions.ts';
import { leadMentions, reportsRecentEvent } from './publicationMentions.ts';
import { segmentSentences } from '../text/segmentSentences.ts';
import { inverseDocumentFrequency, termVector } from './termVectors.ts';
import { tagTemporalExpressions } from '../time/index.ts';
import type { DatedMention } from './types.ts';

const published: Published = { date: '2024-03-06', precision: 'day', inferred: false, basis: 'dateline' };
const read = (text: string) => {
  const source = { id: 'daily', index: 0, text, language: 'en', sentences: segmentSentences(text) };
  const dated = extractMentions(source, tagTemporalExpressions(text, { published: published.date, language: 'en' }));
  return { source, dated };
};

describe('leadMentions', () => {
  it('dates an undated headline and lead by the publication day, and nothing further down', () => {
    const { source, dated } = read(
      'Harbour workers strike over pay\n\nThousands of harbour workers walked out in a dispute over wages.\n\nThe union said talks had failed on Monday.\n\nThe port handles a third of the country’s trade.\n\nShips waited outside the harbour.',
    );
    const leads = leadMentions(source, published, dated);
    expect(leads.map((m) => m.quote)).toEqual(['Harbour workers strike over pay', 'Thousands of harbour workers walked out in a dispute over wages.']);
    expect(leads.every((m) => m.basis === 'publication' && m.interval.start === '2024-03-06' && m.expression === '')).toBe(true);
  });

  it('puts news "overnight" on the day before, and dates nothing for an article without a day', () => {
    const { source, dated } = read('Fire destroys warehouse overnight in the old port district');
    expect(leadMentions(source, published, dated)[0]!.interval.start).toBe('2024-03-05');
    expect(leadMentions(source, null, dated)).toEqual([]);
    expect(leadMentions(source, { ...published, date: '2024-03', precision: 'month' }, dated)).toEqual([]);
  });

  it('tells a lead that reports what its body dates days before from one that is the day’s own news', () => {
    const { source, dated } = read('Harbour workers end their strike over pay\n\nThe harbour workers ended their strike over pay on Monday after a deal.');
    const [lead] = leadMentions(source, published, dated);
    const all: DatedMention[] = [...dated, lead!];
    const idf = inverseDocumentFrequency(all.map((m) => m.terms));
    const vectorOf = (m: DatedMention) => termVector(m.weights, idf);
    expect(reportsRecentEvent(lead!, dated, vectorOf)).toBe(true);
    const other = read('Harbour workers end their strike over pay\n\nA new bridge over the river opened on Monday.');
    const [lone] = leadMentions(other.source, published, other.dated);
    expect(reportsRecentEvent(lone!, other.dated, vectorOf)).toBe(false);
  });
});

describe('leadMentions and labels', () => {
  it('takes no credit or label line ("Source: …") as news', () => {
    const { source, dated } = read('Harbour workers strike over pay\n\nSource: the union, at a briefing, as reported by local radio');
    expect(leadMentions(source, published, dated).map((m) => m.quote)).toEqual(['Harbour workers strike over pay']);
  });
});

describe('leadMentions and coarse dates', () => {
  it('dates a lead that names only a quarter or a year by its publication day too', () => {
    const { source, dated } = read('Carmaker cuts production\n\nThe carmaker announced deep cuts to its production in the fourth quarter of 2024.');
    expect(dated.some((m) => m.interval.precision !== 'day')).toBe(true);
    expect(leadMentions(source, published, dated).map((m) => m.quote)).toEqual(['Carmaker cuts production', 'The carmaker announced deep cuts to its production in the fourth quarter of 2024.']);
  });
});
