import { describe, expect, it } from 'vitest';
import { joinCoarseClusters } from './joinCoarseClusters.ts';
import { mentionFixture } from './mentionFixture.ts';
import { inverseDocumentFrequency, termVector } from './termVectors.ts';
import type { DatedMention } from './types.ts';

const mention = (source: string, quote: string, start: string, end: string, precision: 'day' | 'month'): DatedMention =>
  mentionFixture(source, quote, { start, end, precision });

const join = (clusters: DatedMention[][]) => {
  const idf = inverseDocumentFrequency(clusters.flat().map((m) => m.terms));
  return joinCoarseClusters(clusters, (m) => termVector(m.weights, idf)).map((c) => c.map((m) => m.source).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
};

describe('joinCoarseClusters', () => {
  const appointed = mention('up', 'Russian ruler Vladimir Putin replaced Sergey Shoigu with Andrei Belousov on the post of the minister of defence of Russia on 12 May.', '2024-05-12', '2024-05-12', 'day');
  const lastMonth = mention('rt', 'Andrey Belousov replaced Sergey Shoigu as Russia’s Defense Minister last month.', '2024-05', '2024-05', 'month');
  const otherMay = mention('mt', 'Ukraine received new air defence systems in May.', '2024-05', '2024-05', 'month');

  it('lets a month mention join the day event it clearly agrees with', () => {
    expect(join([[appointed], [lastMonth]])).toEqual([['rt', 'up']]);
  });

  it('keeps a month mention about something else on its own', () => {
    expect(join([[appointed], [otherMay]])).toEqual([['mt'], ['up']]);
  });

  it('lets a day join a time on that day', () => {
    const day = mention('a', "Boeing's newest commercial aircraft made its first test flight in Everett on Tuesday.", '2009-12-15', '2009-12-15', 'day');
    const time = { ...mention('b', "Boeing's newest commercial aircraft made its first test flight at 10:27 local time.", '2009-12-15T18:27+00:00', '2009-12-15T18:27+00:00', 'day'), interval: { start: '2009-12-15T18:27+00:00', end: '2009-12-15T18:27+00:00', precision: 'minute' as const } };
    expect(join([[day], [time]])).toEqual([['a', 'b']]);
  });

  it('never joins a day outside the coarse interval', () => {
    const june = mention('x', 'Andrey Belousov replaced Sergey Shoigu as Russia’s Defense Minister in June.', '2024-06', '2024-06', 'month');
    expect(join([[appointed], [june]])).toEqual([['up'], ['x']]);
  });
});
