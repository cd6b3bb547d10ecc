import { describe, expect, it } from 'vitest';
import { readTimelineJsCsv } from './readTimelineJsCsv';

const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('readTimelineJsCsv', () => {
  it('reads rows with the line each starts on, a quoted line break counting', () => {
    const read = readTimelineJsCsv(`${HEADER}\n2031,3,14,,,,,,,"Two\nlines",,,,,,,,\n\n2031,4,,,2031,6,,,,Next,"a, b",https://example.org/m,,,,,Story,\n`);
    if ('refused' in read) throw new Error(read.refused);
    expect(read.rows.map((r) => [r.line, r.headline, r.start.year, r.start.month, r.end?.month])).toEqual([
      [2, 'Two\nlines', '2031', '3', undefined],
      [5, 'Next', '2031', '4', '6'],
    ]);
    expect(read.rows[1]).toMatchObject({ text: 'a, b', media: 'https://example.org/m', group: 'Story', label: 'line 5' });
  });

  it('takes the first title row as the title, and matches column names in any case and order', () => {
    const read = readTimelineJsCsv('headline,TYPE,year\nThe story,title,\nAn event,,2031\n');
    if ('refused' in read) throw new Error(read.refused);
    expect(read.title).toMatchObject({ headline: 'The story', type: 'title', line: 2 });
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0]).toMatchObject({ headline: 'An event', start: { year: '2031', month: '' } });
  });

  it('reads a sheet saved with semicolons, and a BOM', () => {
    const read = readTimelineJsCsv('\uFEFFYear;Headline;Text\n2031;An event;"x, y"\n');
    if ('refused' in read) throw new Error(read.refused);
    expect(read.rows[0]).toMatchObject({ headline: 'An event', text: 'x, y' });
  });

  it('refuses a CSV that is not the TimelineJS3 template, naming the older layout', () => {
    expect(readTimelineJsCsv('name,count\na,1\n')).toEqual({ refused: expect.stringContaining('not a TimelineJS3 sheet') });
    expect(readTimelineJsCsv('Start Date,End Date,Headline\n2031-01-01,,x\n')).toEqual({ refused: expect.stringContaining('older TimelineJS sheet') });
    expect(readTimelineJsCsv('')).toEqual({ refused: expect.stringContaining('not a TimelineJS3 sheet') });
  });
});
