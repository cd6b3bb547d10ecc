/**
 * The exports of the site in dist/, when one has been built (npm run build):
 * each parses, with one record per event of the /timeline.json beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../pipeline/schema';

const DIST = resolve(import.meta.dirname, '../../../dist');
const built = existsSync(resolve(DIST, 'timeline.json')) && existsSync(resolve(DIST, 'feed.xml'));
const read = (name: string): string => readFileSync(resolve(DIST, name), 'utf8');

describe.skipIf(!built)('the built site\'s exports (dist/)', () => {
  const events = built ? parseTimeline(JSON.parse(read('timeline.json'))).events : [];

  it('/timeline.csv has a header and one row per event', () => {
    const rows = parse(read('timeline.csv'), { columns: true, bom: true }) as { id: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('/timeline.ics parses with one VEVENT per event', () => {
    const vevents = new ICAL.Component(ICAL.parse(read('timeline.ics'))).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(events.length);
  });

  it('/feed.xml is well-formed Atom with one entry per event', () => {
    const xml = read('feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(xml).feed;
    expect(feed.entry ?? []).toHaveLength(events.length);
  });

  it('/timelinejs.json has a slide with a numeric year and a headline per event', () => {
    const file = JSON.parse(read('timelinejs.json')) as { events: { start_date: { year: unknown }; text: { headline: string } }[] };
    expect(file.events).toHaveLength(events.length);
    for (const slide of file.events) {
      expect(typeof slide.start_date.year).toBe('number');
      expect(slide.text.headline).not.toBe('');
    }
  });
});
