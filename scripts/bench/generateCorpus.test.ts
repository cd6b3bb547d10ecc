import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSeedPool, generateCorpus, MAX_ARTICLE_BYTES, MIN_ARTICLE_BYTES, readSeedTexts } from './generateCorpus.ts';

const seeds = join(import.meta.dirname, '..', '..', 'seeds');
const pool = buildSeedPool(readSeedTexts(seeds));
const decoder = new TextDecoder();

describe('generateCorpus', () => {
  it('gives the same bytes for the same seed, and other bytes for another seed', () => {
    const a = generateCorpus(pool, { count: 60, seed: 7 });
    const b = generateCorpus(buildSeedPool(readSeedTexts(seeds)), { count: 60, seed: 7 });
    const c = generateCorpus(pool, { count: 60, seed: 8 });
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    expect(a.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(b.map((f) => Buffer.from(f.bytes).toString('base64')));
    expect(a.map((f) => decoder.decode(f.bytes))).not.toEqual(c.map((f) => decoder.decode(f.bytes)));
  });

  it('makes the number of articles asked for, with distinct paths, each 1–4 KB', () => {
    for (const count of [1, 10, 250]) {
      const corpus = generateCorpus(pool, { count, seed: 1 });
      expect(corpus).toHaveLength(count);
      expect(new Set(corpus.map((f) => f.path)).size).toBe(count);
      for (const f of corpus) {
        expect(f.path).toMatch(/^\d+\.txt$/);
        expect(f.bytes.length).toBeGreaterThanOrEqual(MIN_ARTICLE_BYTES);
        expect(f.bytes.length).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
      }
    }
  });

  it('starts every article with a dateline giving its publication date and a headline', () => {
    for (const f of generateCorpus(pool, { count: 200, seed: 3 })) {
      const [first, second] = decoder.decode(f.bytes).split('\n');
      const m = /^ date (\d{4}-\d{2}-\d{2}) (\S.*)$/.exec(first!);
      expect(m, first).not.toBeNull();
      expect(m![1]).toBe(f.published);
      expect(m![2]!.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(second).toBe('');
      const year = Number(f.published.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(2015);
      expect(year).toBeLessThanOrEqual(2026);
    }
  });

  it('gives different stories different actors and dates, and one story consistent ones', () => {
    const corpus = generateCorpus(pool, { count: 400, seed: 1 });
    const stories = new Map<number, typeof corpus>();
    for (const f of corpus) stories.set(f.story, [...(stories.get(f.story) ?? []), f]);
    expect(stories.size).toBeGreaterThan(30);
    const years = new Set(corpus.map((f) => f.published.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
    // Within a story, publication dates lie within about two weeks.
    for (const articles of stories.values()) {
      const days = articles.map((f) => Date.parse(f.published) / 86_400_000);
      expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(14);
    }
    // No seed name survives in generated sentences; each story invents its own.
    const texts = corpus.map((f) => decoder.decode(f.bytes));
    const seedNames = pool.names.filter((n) => n.length > 4);
    expect(seedNames.length).toBeGreaterThan(5);
    const body = texts.map((t) => t.split('\n').slice(1).join('\n')).join('\n');
    for (const name of seedNames) expect(body).not.toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('shifts every absolute date of a story by the same whole number of weeks', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Officials in Zorbatia discussed item number ${i + 1} of the plan at length with the Quillonian delegation.`);
    const seedText = [
      ' date 2024-06-26 Zorbatia and Quillonia talk about the border',
      'Mr Velkan met Ambassador Ostrin on June 23 and again on Friday, 12 July 2024, in Zorbatia.',
      'The summit in Quillonia on 9-11 July followed talks with Velkan in March 2023 and a report dated 2024-06-26.',
      ...filler,
    ].join('\n\n');
    const small = buildSeedPool([seedText]);
    expect(small.reference).toBe('2024-06-26');
    expect(small.names).toEqual(expect.arrayContaining(['Ostrin', 'Quillonia', 'Velkan', 'Zorbatia']));
    const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
    const day = (y: number, month: string, d: number) => Date.UTC(y, months.split('|').indexOf(month), d) / 86_400_000;
    let checked = 0;
    for (const f of generateCorpus(small, { count: 200, seed: 2 })) {
      const text = decoder.decode(f.bytes);
      expect(text).not.toMatch(/Velkan|Ostrin|Zorbatia|Quillonia/);
      const m = new RegExp(`on (${months}) (\\d+) and again on (\\w+), (\\d+) (${months}) (\\d{4}),`).exec(text);
      if (!m) continue;
      checked++;
      const second = day(+m[6]!, m[5]!, +m[4]!);
      // 23 June to 12 July is 19 days, and the weekday stays a Friday.
      expect(second - day(+m[6]!, m[1]!, +m[2]!) === 19 || second - day(+m[6]! - 1, m[1]!, +m[2]!) === 19).toBe(true);
      expect(m[3]).toBe('Friday');
      expect(new Date(second * 86_400_000).getUTCDay()).toBe(5);
      // The report date moves with the story: from its offset, the dateline is 0–14 days later.
      const iso = /dated (\d{4}-\d{2}-\d{2})/.exec(text);
      if (iso) expect((Date.parse(f.published) - Date.parse(iso[1]!)) / 86_400_000).toBeGreaterThanOrEqual(-1);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('generates 10,000 articles in a few seconds', () => {
    const started = performance.now();
    const corpus = generateCorpus(pool, { count: 10_000, seed: 1 });
    expect(corpus).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
