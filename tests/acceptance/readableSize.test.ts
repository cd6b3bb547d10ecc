/**
 * A timeline of a readable size: on a large story the key events stay few,
 * the minor ones a few per key event, and timeline.json comes out smaller
 * than the articles that went in.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { MORE_PER_KEY } from '../../src/pipeline/events/index.ts';
import { buildSeedPool, generateCorpus, readSeedTexts } from '../../scripts/bench/generateCorpus.ts';
import { serializeTimeline } from '../../scripts/lib/serializeTimeline.ts';

describe('a 300-article story', () => {
  const files = generateCorpus(buildSeedPool(readSeedTexts('seeds')), { count: 300, seed: 7 }).map(({ path, bytes }) => ({ path, bytes }));
  const input = files.reduce((n, f) => n + f.bytes.length, 0);
  const timeline = buildTimeline(files);

  it('has at most 60 key events and a few minor ones for each', () => {
    const key = timeline.events.filter((e) => e.tier === 'key').length;
    expect(key).toBeGreaterThan(10);
    expect(key).toBeLessThanOrEqual(60);
    expect(timeline.events.length).toBeLessThanOrEqual(key * (1 + MORE_PER_KEY));
    expect(timeline.diagnostics.some((d) => /minor events left out/.test(d.message))).toBe(true);
  });

  it('writes a timeline.json smaller than its input', () => {
    expect(Buffer.byteLength(serializeTimeline(timeline))).toBeLessThan(input);
  });
}, 60_000);
