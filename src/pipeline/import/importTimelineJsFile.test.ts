import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../schema';
import { importTimelineJsFile } from './importTimelineJsFile';

const empty = (): Timeline => ({ version: 1, title: 'Extracted', sources: [], events: [], diagnostics: [] });
const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const SHEET = 'Year,Month,Day,Headline,Text,Media,Type\r\n,,,The bridge story,,,title\r\n2031,3,14,Tender opens,,,\r\n2031,5,,Vote,,https://example.org/vote,\r\n';

describe('importTimelineJsFile', () => {
  it('adds each usable row as an editorial event citing the file, and says how many', () => {
    const { timeline, titled } = importTimelineJsFile(empty(), file('in/sheet.csv', SHEET), { setTitle: true });
    expect(titled).toBe(true);
    expect(timeline.title).toBe('The bridge story');
    expect(timeline.events.map((e) => [e.id, e.date.start, e.date.basis, e.mentions[0]!.source])).toEqual([
      ['2031-03-14-tender-opens', '2031-03-14', 'editorial', 'in-sheet'],
      ['2031-05-vote', '2031-05', 'editorial', 'example-org-vote'],
    ]);
    expect(timeline.sources.map((s) => [s.id, s.file, s.url, s.title])).toEqual([
      ['in-sheet', 'in/sheet.csv', null, 'The bridge story'],
      ['example-org-vote', 'in/sheet.csv', 'https://example.org/vote', null],
    ]);
    expect(timeline.diagnostics).toContainEqual({ file: 'in/sheet.csv', level: 'info', message: 'read as a TimelineJS3 sheet: 2 events added' });
  });

  it('leaves the title alone when something a person wrote has set it', () => {
    const { timeline, titled } = importTimelineJsFile(empty(), file('sheet.csv', SHEET), { setTitle: false });
    expect([timeline.title, titled]).toEqual(['Extracted', false]);
  });

  it('decodes like a side file: UTF-16 with a BOM, Windows-1251, CR line ends', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Year,Headline\r2031,Мост\r'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const cyrillic = importTimelineJsFile(empty(), { path: 'a.csv', bytes: utf16 }, { setTitle: true }).timeline;
    expect(cyrillic.events.map((e) => e.title)).toEqual(['Мост']);
    expect(cyrillic.sources[0]!.language).toBe('ru');
    // A sheet's worth of Cyrillic: a line or two is too little for any encoding detector.
    const text = 'Year,Headline,Text\n2031,Мост открыт,"Городской совет открыл новый мост через реку после долгого спора жителей о его цене и месте."\n';
    const cp1251 = new Uint8Array(iconv.encode(text, 'win1251'));
    expect(importTimelineJsFile(empty(), { path: 'b.csv', bytes: cp1251 }, { setTitle: true }).timeline.events.map((e) => e.title)).toEqual(['Мост открыт']);
  });

  it('reports a file that is not TimelineJS3, too large or unreadable, and adds nothing', () => {
    const notTl = importTimelineJsFile(empty(), file('data.json', '{"rows": []}'), { setTitle: true }).timeline;
    expect(notTl.events).toEqual([]);
    expect(notTl.diagnostics).toEqual([{ file: 'data.json', level: 'warning', message: expect.stringMatching(/^not a TimelineJS3 file: .*\(skipped\)$/) }]);
    const big = importTimelineJsFile(empty(), { path: 'big.csv', bytes: new Uint8Array(), size: 9 * 1024 * 1024 }, { setTitle: true }).timeline;
    expect(big.diagnostics).toEqual([{ file: 'big.csv', level: 'error', message: expect.stringContaining('over the size limit') }]);
    const binary = importTimelineJsFile(empty(), { path: 'x.json', bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 255, 0]) }, { setTitle: true }).timeline;
    expect(binary.diagnostics[0]).toMatchObject({ level: 'error', message: expect.stringContaining('binary') });
  });

  it('never takes an id the timeline already has', () => {
    const base = importTimelineJsFile(empty(), file('a.csv', SHEET), { setTitle: false }).timeline;
    const again = importTimelineJsFile(base, file('b.csv', SHEET), { setTitle: false }).timeline;
    expect(again.events.map((e) => e.id)).toEqual(['2031-03-14-tender-opens', '2031-03-14-tender-opens-2', '2031-05-vote', '2031-05-vote-2']);
    expect(again.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
  });
});
