import { describe, expect, it } from 'vitest';
import { readTimelineJsJson } from './readTimelineJsJson';

describe('readTimelineJsJson', () => {
  it('reads slides, their dates as numbers or strings, times from hour and minute', () => {
    const read = readTimelineJsJson(JSON.stringify({
      title: { text: { headline: 'The story' } },
      events: [
        { start_date: { year: 2031, month: 3, day: 14, hour: 9, minute: 5 }, end_date: { year: '2031', month: '4' }, text: { headline: 'A', text: '<p>x</p>' }, media: { url: 'https://example.org/m' }, group: 'G', unique_id: 'a-1' },
        { start_date: { year: '2030' }, text: { headline: 'B' } },
      ],
    }));
    if ('refused' in read) throw new Error(read.refused);
    expect(read.title).toMatchObject({ headline: 'The story', type: 'title' });
    expect(read.rows[0]).toMatchObject({ label: 'events[0]', start: { year: '2031', month: '3', day: '14', time: '9:05' }, end: { year: '2031', month: '4' }, text: '<p>x</p>', media: 'https://example.org/m', group: 'G', uniqueId: 'a-1' });
    expect(read.rows[1]).toMatchObject({ start: { year: '2030', month: '', time: '' } });
    expect(read.rows[1]!.end).toBeUndefined();
  });

  it('names a slide of the wrong shape by its index and reads the others; eras come back as eras', () => {
    const read = readTimelineJsJson(JSON.stringify({ events: [{ start_date: { year: 2031 } }, 'text', { start_date: { year: {} } }], eras: [{ start_date: { year: 2030 } }] }));
    if ('refused' in read) throw new Error(read.refused);
    expect(read.rows.map((r) => [r.label, r.type])).toEqual([['events[0]', ''], ['eras[0]', 'era']]);
    expect(read.problems.map((p) => p.message)).toEqual([
      'events[1]: is a string, not a slide (not added)',
      expect.stringMatching(/^events\[2\]\.start_date\.year: .* \(not added\)$/),
    ]);
  });

  it('refuses what is not TimelineJS3: bad JSON, no events list, events without start_date', () => {
    expect(readTimelineJsJson('{ nope')).toEqual({ refused: expect.stringContaining('not valid JSON') });
    expect(readTimelineJsJson('[1, 2]')).toEqual({ refused: expect.stringContaining('"events" list') });
    expect(readTimelineJsJson(JSON.stringify({ version: 1, events: [{ id: 'x', date: { start: '2031' } }] }))).toEqual({ refused: expect.stringContaining('start_date') });
  });
});
