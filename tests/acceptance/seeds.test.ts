/**
 * Acceptance: the five seed articles (June–July 2024, the US and Russian
 * defence ministers' calls) yield the story's key events with their right
 * dates. Only this test knows the story; the pipeline does not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/index.ts';
import type { Timeline, TimelineEvent } from '../../src/pipeline/schema.ts';
import { parseTimeline } from '../../src/pipeline/schema.ts';
import { readSeedsFolder } from '../../scripts/lib/readSeedsFolder.ts';
import { readArticle } from '../../src/pipeline/ingest/readArticle.ts';

let timeline: Timeline;
beforeAll(() => {
  timeline = parseTimeline(buildTimeline(readSeedsFolder('seeds')));
});

const quotes = (e: TimelineEvent): string => e.mentions.map((m) => m.quote).join(' ');
const find = (start: string, pattern: RegExp): TimelineEvent | undefined =>
  timeline.events.find((e) => e.date.start === start && pattern.test(quotes(e)));

describe('the seed story', () => {
  it('reads all five articles, dating the three that state a date and inferring the two that do not', () => {
    expect(timeline.sources).toHaveLength(5);
    const dates = Object.fromEntries(timeline.sources.map((s) => [s.file, s.published]));
    expect(dates['001_414b836db52b1413.txt']).toMatchObject({ date: '2024-06-26', inferred: false });
    expect(dates['004_25eed4c41b8cca60.txt']).toMatchObject({ date: '2024-06-26', inferred: false });
    expect(dates['003_6ec7bb4a00626735.txt']).toMatchObject({ date: '2024-07-12T19:50', inferred: false });
    for (const file of ['000_27af1b84f7f90120.txt', '002_84b682c072bac9f9.txt']) {
      expect(dates[file]?.inferred).toBe(true);
      expect(dates[file]?.date).toMatch(/^2024-06-2[5-6]$/);
    }
  });

  it('has the March 2023 prior call at month precision', () => {
    const prior = find('2023-03', /(call|conversation)/i);
    expect(prior?.date.precision).toBe('month');
  });

  it('has the 12 May 2024 appointment', () => {
    expect(find('2024-05-12', /(replaced|appointed)/i)?.date.precision).toBe('day');
  });

  it('has the 23 June strike', () => {
    expect(find('2024-06-23', /(missile|attack|strike)/i)?.date.precision).toBe('day');
  });

  it('has the 25 June call, cited by all five articles', () => {
    const call = find('2024-06-25', /spoke by phone|spoke over the phone|conversation/i);
    expect(call?.date.precision).toBe('day');
    expect(new Set(call?.mentions.map((m) => m.source)).size).toBe(5);
  });

  it('has the 12 July call', () => {
    expect(find('2024-07-12', /(phone conversation|call)/i)?.date.precision).toBe('day');
  });

  it('builds no event from page furniture', () => {
    const files = new Map(readSeedsFolder('seeds').map((f) => [f.path, f]));
    // A headline repeated under the byline is dropped once and kept once: the kept copy is story.
    const droppedOf = new Map(timeline.sources.map((s) => [s.id, readArticle(files.get(s.file)!).dropped.filter((d) => d.reason !== 'repeated line').map((d) => d.text)]));
    for (const event of timeline.events) {
      for (const m of event.mentions) {
        for (const furniture of droppedOf.get(m.source)!) if (furniture.length > 12) expect(m.quote).not.toContain(furniture);
      }
    }
    expect([...droppedOf.values()].flat().length).toBeGreaterThan(50);
  });

  it('traces every quote to the cleaned text of its source by offsets', () => {
    const files = new Map(readSeedsFolder('seeds').map((f) => [f.path, f]));
    const textOf = new Map(timeline.sources.map((s) => [s.id, readArticle(files.get(s.file)!).text]));
    const mentions = timeline.events.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) expect(textOf.get(m.source)!.slice(m.start, m.end)).toBe(m.quote);
  });
});
