import { describe, expect, it } from 'vitest';
import { clusterMentions } from './clusterMentions.ts';
import { mentionFixture } from './mentionFixture.ts';
import { inverseDocumentFrequency, termVector } from './termVectors.ts';
import type { DatedMention } from './types.ts';

const mention = (source: string, quote: string, start = '2024-06-25', precision: 'day' | 'month' = 'day'): DatedMention =>
  mentionFixture(source, quote, { start, precision });

const cluster = (mentions: DatedMention[]) => {
  const idf = inverseDocumentFrequency(mentions.map((m) => m.terms));
  return clusterMentions(mentions, (m) => termVector(m.terms, idf)).map((c) => c.map((m) => m.source).sort());
};

describe('clusterMentions', () => {
  const callA = mention('a', 'Russian Defense Minister Andrei Belousov and his U.S. counterpart Lloyd Austin spoke by phone on Tuesday to discuss the war in Ukraine.');
  const callB = mention('b', 'Russian and US defense chiefs spoke over the phone on Tuesday, discussing the need to maintain communication.');
  const callC = mention('c', 'The defense ministers of the United States and Russia spoke by phone on Tuesday for the first time in more than a year.');
  const briefing = mention('d', 'On June 25, Pentagon spokesman Patrick Ryder said that US authorities would talk with representatives of the Ukrainian side after the attack on Sevastopol.');

  it('joins every account of one happening and keeps another happening of the same day apart', () => {
    expect(cluster([callA, callB, callC, briefing])).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('groups a large block in one near-linear pass, with the same outcome on clear cases', () => {
    const many = Array.from({ length: 150 }, (_, i) => (i % 2 ? { ...callA, source: `call${i}` } : { ...briefing, source: `brief${i}` }));
    const idf = inverseDocumentFrequency(many.map((m) => m.terms));
    const groups = clusterMentions(many, (m) => termVector(m.terms, idf));
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => g.length).sort()).toEqual([75, 75]);
  });

  it('never joins mentions of different dates, however alike', () => {
    const later = { ...callB, source: 'e', interval: { start: '2024-07-12', end: '2024-07-12', precision: 'day' as const } };
    expect(cluster([callA, later])).toEqual([['a'], ['e']]);
  });
});

describe('clusterMentions within one article', () => {
  const first = mention('a', 'The river flooded the old town in 2014, and the council rebuilt the bridge.', '2014', 'day');
  const second = mention('a', 'In 2014 the river also reached the station, which closed for a month.', '2014', 'day');
  const idf = inverseDocumentFrequency([first, second, mention('x', 'Unrelated words about markets and banks.')].map((m) => m.terms));
  const similarity = [...termVector(first.terms, idf)].reduce((sum, [t, w]) => sum + w * (termVector(second.terms, idf).get(t) ?? 0), 0);

  it('joins one article’s two tellings of a date on little agreement, and two articles’ only on more', () => {
    expect(similarity).toBeGreaterThan(0.1);
    expect(similarity).toBeLessThan(0.2);
    const together = clusterMentions([first, second], (m) => termVector(m.terms, idf));
    expect(together).toHaveLength(1);
    const apart = clusterMentions([first, { ...second, source: 'b' }], (m) => termVector(m.terms, idf));
    expect(apart).toHaveLength(2);
  });
});
