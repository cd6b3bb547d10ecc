/** The import stage through the whole pipeline: plain ArticleFile values in, the contract out. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../index';
import { parseTimeline } from '../schema';
import type { ArticleFile } from '../types';

const FIXTURES = resolve(import.meta.dirname, '../../../tests/fixtures/timelinejs');
const enc = new TextEncoder();
const article: ArticleFile = {
  path: 'report.txt',
  bytes: enc.encode('Harbour Gazette\n\nPORTVILLE, 20 March 2031 — The harbour board met to discuss the bridge. On 16 March 2031 the board approved the bridge budget.\n'),
};
const fixture = (name: string): ArticleFile => ({ path: name, bytes: readFileSync(resolve(FIXTURES, name)) });

describe('buildTimeline with TimelineJS3 imports', () => {
  it('an article and a TimelineJS3 sheet (CSV): the sheet\'s rows are events beside the article\'s', () => {
    const timeline = parseTimeline(buildTimeline([article, fixture('sheet.csv')]));
    const imported = timeline.events.filter((e) => e.mentions.some((m) => timeline.sources.find((s) => s.id === m.source)?.file === 'sheet.csv'));
    expect(imported.map((e) => [e.title, e.date.start, e.date.end ?? null, e.date.precision])).toEqual([
      ['Old ferry closes', '2029', null, 'year'],
      ['Council opens the bridge tender', '2031-03-14', null, 'day'],
      ['Consultation, "phase one"', '2031-04', '2031-06', 'month'],
      ['Late-night vote', '2031-05-02T21:30', null, 'minute'],
    ]);
    expect(timeline.events.some((e) => e.mentions.some((m) => m.source !== 'sheet' && timeline.sources.find((s) => s.id === m.source)?.file === 'report.txt'))).toBe(true);
    expect(timeline.title).toBe('The harbour bridge dispute');
    const sheetNotes = timeline.diagnostics.filter((d) => d.file === 'sheet.csv').map((d) => [d.line, d.level]);
    expect(sheetNotes).toEqual([[7, 'info'], [8, 'warning'], [9, 'warning'], [10, 'warning'], [undefined, 'info']]);
    expect(timeline.diagnostics.some((d) => d.message.includes('not an article format'))).toBe(false);
  });

  it('an article and a TimelineJS3 JSON file: its slides are events, under their unique_ids', () => {
    const timeline = parseTimeline(buildTimeline([article, fixture('timeline.json')]));
    expect(timeline.events.find((e) => e.id === 'tender-opens')).toMatchObject({ title: 'Council opens the bridge tender', date: { start: '2031-03-14', basis: 'editorial' }, summary: 'First step.' });
    expect(timeline.events.find((e) => e.title === 'Late-night vote')?.date.start).toBe('2031-05-02T21:30');
    expect(timeline.title).toBe('The harbour bridge');
  });

  it('editorial.md still edits imported events, and sources.yaml\'s title wins over the title slide', () => {
    const editorial: ArticleFile = { path: 'editorial.md', bytes: enc.encode('---\nhide: [2029-old-ferry-closes]\n---\n\n## 2031-03-14-council-opens-the-bridge-tender\ntitle: The tender is opened\n') };
    const sources: ArticleFile = { path: 'sources.yaml', bytes: enc.encode('title: The bridge, as the desk calls it\n') };
    const timeline = buildTimeline([article, fixture('sheet.csv'), editorial, sources]);
    expect(timeline.title).toBe('The bridge, as the desk calls it');
    expect(timeline.events.map((e) => e.id)).not.toContain('2029-old-ferry-closes');
    expect(timeline.events.find((e) => e.id === '2031-03-14-council-opens-the-bridge-tender')?.title).toBe('The tender is opened');
    expect(timeline.diagnostics.filter((d) => d.file === 'editorial.md')).toEqual([]);
  });

  it('a .json or .csv that is not TimelineJS3 is said to be so, and the build goes on', () => {
    const timeline = buildTimeline([article, { path: 'notes.csv', bytes: enc.encode('name,count\na,1\n') }, { path: 'data.json', bytes: enc.encode('{"a": 1}') }]);
    expect(timeline.diagnostics.filter((d) => d.file === 'notes.csv' || d.file === 'data.json').map((d) => d.message)).toEqual([
      expect.stringContaining('not a TimelineJS3 file'),
      expect.stringContaining('not a TimelineJS3 sheet'),
    ]);
    expect(timeline.sources.map((s) => s.file)).toEqual(['report.txt']);
  });

  it('gives byte-identical output for the same files', () => {
    const files = [article, fixture('sheet.csv'), fixture('timeline.json')];
    expect(JSON.stringify(buildTimeline(files))).toBe(JSON.stringify(buildTimeline([...files].reverse())));
  });
});
