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
    // "called the attack an act of terrorism" names the strike; it is no account of the call
    expect(prior?.mentions.every((m) => /\b(calls?|conversation)\b/i.test(m.quote))).toBe(true);
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

  it('cites every article that reports the key events', () => {
    const cited = (e: TimelineEvent | undefined) => [...new Set(e?.mentions.map((m) => timeline.sources.find((s) => s.id === m.source)!.file.slice(0, 3)))].sort();
    expect(cited(find('2024-06-23', /(missile|attack|strike)/i))).toEqual(['000', '001', '002', '004']);
    expect(cited(find('2024-05-12', /(replaced|appointed)/i))).toEqual(['000', '001', '003']);
    expect(cited(find('2023-03', /(call|conversation)/i))).toEqual(['002', '003', '004']);
  });

  it("keeps the story's other happenings as main events, and context as background", () => {
    expect(find('2024-06-24', /summoned its ambassador/)?.kind).toBe('main');
    expect(find('2024-06-26', /Pentagon announced/)?.kind).toBe('main');
    const summit = find('2024-07-09', /NATO Summit/);
    expect(summit?.date).toMatchObject({ start: '2024-07-09', end: '2024-07-11', precision: 'day' });
    expect(summit?.kind).toBe('main');
    for (const [start, pattern] of [['1962', /Cuban Missile Crisis/], ['2014', /annexed/], ['2023-10', /for the first time/]] as const) {
      const event = find(start, pattern);
      expect(event?.kind, start).toBe('background');
      expect(event?.date.precision).toBe(start.length === 4 ? 'year' : 'month');
    }
    for (const event of ['2024-06-23', '2024-06-25', '2024-07-12', '2024-05-12', '2023-03']) {
      expect(timeline.events.filter((e) => e.date.start === event && e.kind === 'main').length, event).toBeGreaterThan(0);
    }
  });

  it("lists the strike's disputed death and injury counts with their sources", () => {
    const strike = find('2024-06-23', /(missile|attack|strike)/i)!;
    const killed = strike.disputes.find((d) => d.about === 'killed');
    const injured = strike.disputes.find((d) => d.about === 'injured');
    expect(killed?.accounts.map((a) => a.value)).toEqual(expect.arrayContaining(['3', '4']));
    expect(injured?.accounts.map((a) => a.value)).toEqual(expect.arrayContaining(['151', '153']));
    for (const account of [...killed!.accounts, ...injured!.accounts]) {
      for (const source of account.sources) expect(strike.mentions.some((m) => m.source === source)).toBe(true);
    }
  });

  it('gives each event a short title from its sources and merged actors', () => {
    for (const event of timeline.events) {
      expect(event.title.length).toBeLessThanOrEqual(90);
      expect(event.summary.length).toBeGreaterThan(0);
    }
    const call = find('2024-06-25', /spoke by phone/i)!;
    expect(call.actors).toEqual(expect.arrayContaining(['Lloyd Austin', 'Andrei Belousov']));
    expect(call.actors.filter((a) => /Belou?sov/.test(a))).toHaveLength(1);
  });

  it("applies seeds/editorial.md: a person's title and summary win, and every id it names exists", () => {
    const call = find('2024-06-25', /spoke by phone/i)!;
    expect(call.title).toBe('Austin and Belousov hold their first phone call');
    expect(call.summary).toContain('**different accounts**');
    expect(timeline.diagnostics.filter((d) => d.file === 'editorial.md')).toEqual([]);
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
