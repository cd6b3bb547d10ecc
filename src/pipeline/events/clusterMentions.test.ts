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
