import { describe, expect, it } from 'vitest';
import { keyEventCount } from '../../src/pipeline/events/assignTiers.ts';
import { compareEvents } from '../../src/pipeline/eventOrder.ts';
import { parseTimeline, type Timeline, type TimelineEvent } from '../../src/pipeline/schema.ts';
import { defaultSourceCount, syntheticTimeline } from './syntheticTimeline.ts';

const share = (timeline: Timeline, test: (e: TimelineEvent) => boolean): number => timeline.events.filter(test).length / timeline.events.length;
const DAY_MS = 86_400_000;

describe('syntheticTimeline', () => {
  const big = syntheticTimeline({ events: 3000, seed: 5 });

  it('keeps the contract, at every size', () => {
    for (const events of [0, 1, 16, 400]) {
      const timeline = syntheticTimeline({ events, seed: 2 });
      expect(() => parseTimeline(JSON.parse(JSON.stringify(timeline)))).not.toThrow();
      expect(timeline.events).toHaveLength(events);
    }
    expect(() => parseTimeline(JSON.parse(JSON.stringify(big)))).not.toThrow();
  });

  it('gives the same timeline for the same seed and another for another seed', () => {
    const again = JSON.stringify(syntheticTimeline({ events: 3000, seed: 5 }));
    expect(again).toBe(JSON.stringify(big));
    expect(JSON.stringify(syntheticTimeline({ events: 3000, seed: 6 }))).not.toBe(again);
  });

  it('lists events in the contract order, with unique ids and headline titles of at most 70 characters', () => {
    expect([...big.events].sort(compareEvents).map((e) => e.id)).toEqual(big.events.map((e) => e.id));
    expect(new Set(big.events.map((e) => e.id)).size).toBe(big.events.length);
    for (const e of big.events) {
      expect(e.title.length, e.title).toBeLessThanOrEqual(70);
      expect(e.title.length, e.title).toBeGreaterThanOrEqual(15);
      expect(e.summary.length).toBeGreaterThan(60);
    }
  });

  it('has one article per 20 events, and as many key events as the pipeline gives that many articles, all main', () => {
    expect(big.sources).toHaveLength(defaultSourceCount(3000));
    expect(big.sources).toHaveLength(150);
    const key = big.events.filter((e) => e.tier === 'key');
    expect(key).toHaveLength(keyEventCount(150));
    expect(key.every((e) => e.kind === 'main')).toBe(true);
    // Key events are the most salient main ones.
    const weakestKey = Math.min(...key.map((e) => e.salience));
    expect(big.events.filter((e) => e.tier === 'more' && e.kind === 'main').every((e) => e.salience <= weakestKey)).toBe(true);
    // An explicit count wins; a small story's count is capped by its main events.
    expect(syntheticTimeline({ events: 200, key: 30 }).events.filter((e) => e.tier === 'key')).toHaveLength(30);
    const tiny = syntheticTimeline({ events: 4 });
    expect(tiny.events.filter((e) => e.tier === 'key')).toHaveLength(tiny.events.filter((e) => e.kind === 'main').length);
  });

  it('mixes precisions, ranges, publication days, plans and background like a real story', () => {
    expect(share(big, (e) => e.date.precision === 'day')).toBeGreaterThan(0.6);
    expect(share(big, (e) => e.date.precision === 'month')).toBeGreaterThan(0.05);
    expect(share(big, (e) => e.date.precision === 'year')).toBeGreaterThan(0.01);
    expect(share(big, (e) => e.date.precision === 'minute')).toBeGreaterThan(0.01);
    expect(share(big, (e) => e.date.end !== undefined && e.date.end > e.date.start)).toBeGreaterThan(0.02);
    expect(share(big, (e) => e.date.basis === 'publication')).toBeGreaterThan(0.08);
    expect(share(big, (e) => e.status === 'planned')).toBeGreaterThan(0.02);
    expect(share(big, (e) => e.kind === 'background')).toBeGreaterThan(0.02);
    expect(share(big, (e) => e.disputes.length > 0)).toBeGreaterThan(0.005);
    // A publication day is a whole day, and the expression of a dated event is in its quote.
    for (const e of big.events) {
      if (e.date.basis === 'publication') expect(e.date.precision).toBe('day');
      for (const m of e.mentions) {
        expect(m.quote).toContain(m.expression);
        expect(m.end - m.start).toBe(m.quote.length);
      }
    }
  });

  it('puts most main events in a few months, with burst days, and background years before', () => {
    const days = big.events.filter((e) => e.kind === 'main' && e.date.precision === 'day').map((e) => Date.parse(`${e.date.start}T00:00Z`));
    const sorted = [...days].sort((a, b) => a - b);
    // The densest 150 days hold most of them.
    let densest = 0;
    for (let i = 0, j = 0; i < sorted.length; i++) {
      while (sorted[i]! - sorted[j]! > 150 * DAY_MS) j++;
      densest = Math.max(densest, i - j + 1);
    }
    expect(densest / sorted.length).toBeGreaterThan(0.75);
    const perDay = new Map<number, number>();
    for (const d of days) perDay.set(d, (perDay.get(d) ?? 0) + 1);
    const counts = [...perDay.values()].sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(counts[0]!).toBeGreaterThan(10 * median);
    const firstMain = sorted[0]!;
    expect(big.events.filter((e) => e.kind === 'background').every((e) => Date.parse(`${e.date.start.slice(0, 4)}-01-01T00:00Z`) < firstMain)).toBe(true);
  });

  it('cites several articles for key events and a few actors from a shared cast', () => {
    const key = big.events.filter((e) => e.tier === 'key');
    const sourcesOf = (e: TimelineEvent) => new Set(e.mentions.map((m) => m.source)).size;
    expect(key.reduce((sum, e) => sum + sourcesOf(e), 0) / key.length).toBeGreaterThan(5);
    expect(big.events.every((e) => e.actors.length <= 4)).toBe(true);
    const cast = new Set(big.events.flatMap((e) => e.actors));
    expect(cast.size).toBeGreaterThan(20);
    expect(cast.size).toBeLessThan(200);
  });
});
