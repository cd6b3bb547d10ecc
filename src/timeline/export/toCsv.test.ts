import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from './toCsv';
import { exportTimeline } from './exportFixture';

const rowsOf = (csv: string): Record<string, string>[] => parse(csv, { columns: true, bom: true });

describe('toCsv', () => {
  const timeline = exportTimeline();
  const csv = toCsv(timeline, { base: '/news/' });

  it('has the documented header and one row per event, in order', () => {
    const [header] = parse(csv, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rowsOf(csv).map((r) => r.id)).toEqual(timeline.events.map((e) => e.id));
  });

  it('round-trips commas, quotes and line breaks in titles and summaries', () => {
    const row = rowsOf(csv).find((r) => r.id === '2031-05-04-council-vote')!;
    const event = timeline.events.find((e) => e.id === '2031-05-04-council-vote')!;
    expect(row.title).toBe(event.title);
    expect(row.summary).toBe(event.summary);
    expect(row.first_quote).toBe('The council voted.');
  });

  it('a quote a spreadsheet would run as a formula is written as text', () => {
    const hostile = exportTimeline();
    hostile.events[0]!.title = '=HYPERLINK("http://example.invalid","Open")';
    hostile.events[0]!.mentions[0]!.quote = '@SUM(1+1)';
    const row = rowsOf(toCsv(hostile, { base: '/' }))[0]!;
    expect(row.title).toBe('\'=HYPERLINK("http://example.invalid","Open")');
    expect(row.first_quote).toBe("'@SUM(1+1)");
  });

  it('counts and names the sources of each event, and links its page under the base path', () => {
    const row = rowsOf(csv).find((r) => r.id === '2031-05-04-council-vote')!;
    expect(row.source_count).toBe('2');
    expect(row.source_ids).toBe('s1; s2');
    expect(row.outlets).toBe('Outlet s1; Outlet s2');
    expect(row.first_source_url).toBe('https://news.example.org/s1');
    expect(row.url).toBe('/news/events/2031-05-04-council-vote/');
  });

  it('writes absolute event URLs when the site is known, ranges with their end', () => {
    const rows = rowsOf(toCsv(timeline, { base: '/', site: 'https://example.org' }));
    const talks = rows.find((r) => r.id === '2031-05-06-talks')!;
    expect(talks.url).toBe('https://example.org/events/2031-05-06-talks/');
    expect([talks.start, talks.end, talks.precision, talks.status]).toEqual(['2031-05-06', '2031-05-08', 'day', 'planned']);
  });

  it('is RFC 4180: CRLF between records, a BOM first', () => {
    expect(csv.startsWith('\uFEFFid,start,')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(timeline.events.length);
    // Outside quoted fields every line break is CRLF.
    expect(/(?<!\r)\n/.test(csv.replace(/"(?:[^"]|"")*"/g, ''))).toBe(false);
  });
});
