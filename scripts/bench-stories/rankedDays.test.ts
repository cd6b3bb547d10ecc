import { describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '../../src/pipeline/schema.ts';
import { rankedDays } from './rankedDays.ts';

let n = 0;
const event = (date: TimelineEvent['date'], tier: TimelineEvent['tier'], salience: number, summary: string): TimelineEvent => ({
  id: `e-${++n}`,
  date,
  status: 'reported',
  tier,
  title: summary,
  summary,
  kind: 'main',
  salience,
  actors: [],
  mentions: [{ source: 's', quote: summary, start: 0, end: 1, expression: '' }],
  disputes: [],
});
const day = (start: string, end?: string): TimelineEvent['date'] => ({ start, ...(end ? { end } : {}), precision: 'day', basis: 'expression' });
const timeline = (events: TimelineEvent[]): Timeline => ({ version: 1, title: 't', sources: [], events, diagnostics: [] });

describe('rankedDays', () => {
  it('ranks key before more, then by salience, then by date, each day once', () => {
    const days = rankedDays(
      timeline([
        event(day('2020-01-05'), 'more', 9, 'loud but minor'),
        event(day('2020-01-03'), 'key', 1, 'quiet key'),
        event(day('2020-01-02'), 'key', 2, 'strong key'),
        event(day('2020-01-01'), 'key', 1, 'quiet key, earlier'),
        event(day('2020-01-02'), 'key', 1.5, 'second key of the 2nd'),
      ]),
    );
    expect(days.map((d) => d.day)).toEqual(['2020-01-02', '2020-01-01', '2020-01-03', '2020-01-05']);
  });

  it('tells a day by its top event alone: a key one before any more salient minor one', () => {
    const days = rankedDays(
      timeline([
        event(day('2020-01-02'), 'key', 1, 'Second.'),
        event(day('2020-01-02'), 'more', 5, 'Not told.'),
        event(day('2020-01-02'), 'key', 3, 'First \\*really\\* \\[sic\\].'),
        event(day('2020-01-04'), 'more', 1, 'Minor.'),
        event(day('2020-01-04'), 'more', 2, 'Top of a day without key events.'),
      ]),
    );
    expect(days).toEqual([
      { day: '2020-01-02', text: 'First *really* [sic].', basis: 'expression' },
      { day: '2020-01-04', text: 'Top of a day without key events.', basis: 'expression' },
    ]);
  });

  it('cuts minutes to their day and leaves out coarser dates and multi-day ranges', () => {
    const days = rankedDays(
      timeline([
        event({ start: '2020-01-07T09:30+01:00', precision: 'minute', basis: 'expression' }, 'key', 1, 'At 9:30.'),
        event({ start: '2020-01', precision: 'month', basis: 'expression' }, 'key', 9, 'In January.'),
        event(day('2020-01-09', '2020-01-11'), 'key', 9, 'Over three days.'),
        event(day('2020-01-12', '2020-01-12'), 'key', 0.5, 'One day with an end.'),
      ]),
    );
    expect(days.map((d) => [d.day, d.text])).toEqual([
      ['2020-01-07', 'At 9:30.'],
      ['2020-01-12', 'One day with an end.'],
    ]);
  });
});
