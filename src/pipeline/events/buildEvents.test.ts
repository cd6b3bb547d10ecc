import { describe, expect, it } from 'vitest';
import { buildEvents } from './buildEvents.ts';
import { mentionFixture } from './mentionFixture.ts';
import { inverseDocumentFrequency, termVector } from './termVectors.ts';
import type { DatedMention } from './types.ts';

const mention = (source: string, quote: string, expression: string, start: string, precision: 'year' | 'month' | 'day' = 'day', comparison = false): DatedMention =>
  mentionFixture(source, quote, { start, precision }, { expression, comparison, sentenceIndex: 3 });

const build = (clusters: DatedMention[][]) => {
  const idf = inverseDocumentFrequency(clusters.flat().map((m) => m.terms));
  return buildEvents(clusters, (m) => termVector(m.weights, idf), { span: { start: '2024-04-27', end: '2024-08-11' }, publicationDays: new Map() });
};

describe('buildEvents', () => {
  it('makes a background event of a year named only to compare with', () => {
    const [event] = build([[mention('a', "Relations fell to the lowest level since the 1962 Cuban Missile Crisis.", '1962', '1962', 'year', true)]]);
    expect(event).toMatchObject({ kind: 'background', date: { start: '1962', precision: 'year' } });
  });

  it('keeps a past happening several sources recount as main, and one source’s aside as background', () => {
    const [recounted] = build([[mention('a', 'The last conversation between the defense chiefs took place in March 2023.', 'March 2023', '2023-03', 'month'), mention('b', 'Before that the defense chiefs held a conversation in March 2023.', 'March 2023', '2023-03', 'month')]]);
    const [aside] = build([[mention('a', 'In October, Ukraine used the missiles for the first time.', 'October', '2023-10', 'month')]]);
    expect(recounted!.kind).toBe('main');
    expect(aside!.kind).toBe('background');
  });

  it('titles from the sources’ words, without the date, and lists disputed counts', () => {
    const [event] = build([
      [
        mention('a', 'On June 23, a Ukrainian missile strike on Sevastopol killed four people.', 'June 23', '2024-06-23'),
        mention('b', 'Three people were killed in a missile attack on Sevastopol on Sunday, the governor said.', 'Sunday', '2024-06-23'),
      ],
    ]);
    expect(event!.title).toBe('A Ukrainian missile strike on Sevastopol kills four people');
    expect(event!.disputes).toEqual([{ about: 'killed', accounts: [{ value: '3', sources: ['b'] }, { value: '4', sources: ['a'] }] }]);
    expect(event!.salience).toBeGreaterThan(build([[mention('a', 'On June 23, a strike killed four people.', 'June 23', '2024-06-23')]])[0]!.salience);
  });

  it('escapes Markdown in extracted summaries so they show as written', () => {
    const [event] = build([[mention('a', 'During a conversation [американский] the minister spoke on *Tuesday*.', 'Tuesday', '2024-06-25')]]);
    expect(event!.summary).toContain('\\[американский\\]');
    expect(event!.summary).toContain('\\*');
  });
});

describe('buildEvents titles and summaries', () => {
  it('never gives a summary with the same words as the title when other sentences can tell the event', () => {
    const [event] = build([
      [
        mention('a', 'Harbour workers strike over pay in the port', 'Wednesday', '2024-03-06'),
        mention('b', 'Harbour workers strike over pay in the port, and ships wait at sea.', 'Wednesday', '2024-03-06'),
      ],
    ]);
    expect(event!.title).toBe('Harbour workers strike over pay in the port');
    expect(event!.summary).toBe('Harbour workers strike over pay in the port, and ships wait at sea.');
  });
});

describe('buildEvents names a pronoun subject', () => {
  it('puts the event’s person in place of a leading "he"', () => {
    const quote = 'Maria Lopez founded the firm in a garage. He sold the company to a rival in 2001.';
    const own = quote.indexOf('He sold');
    const m = { ...mention('a', quote, '2001', '2001', 'year'), sentence: { start: own, end: quote.length } };
    const [event] = build([[m]]);
    expect(event!.actors).toContain('Maria Lopez');
    expect(event!.title).toBe('Maria Lopez sells the company to a rival');
  });
});

describe('buildEvents summaries', () => {
  it('keeps a lead that spells out its headline, and drops a sentence that only repeats another', () => {
    const headline = mention('a', 'Carmaker cuts production', '', '2024-03-06');
    const lead = mention('a', 'The carmaker cut its production by a fifth on Wednesday, closing two plants and idling 3,000 workers.', 'Wednesday', '2024-03-06');
    const again = mention('b', 'The carmaker cut its production by a fifth on Wednesday, closing two plants.', 'Wednesday', '2024-03-06');
    const [event] = build([[{ ...headline, basis: 'publication' as const }, lead, again]]);
    expect(event!.summary).toContain('Carmaker cuts production');
    expect(event!.summary.match(/The carmaker cut its production/g)).toHaveLength(1);
  });
});
