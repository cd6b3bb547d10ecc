import type { Source, Timeline, TimelineEvent } from '../../pipeline/schema';
import { eventFixture } from '../../pipeline/eventFixture';

/** A source as plain values, for the exports' tests: an invented outlet, published on a day of 2031. */
export function sourceFixture(id: string, extra: Partial<Source> = {}): Source {
  return {
    id,
    file: `${id}.txt`,
    title: `Report ${id}`,
    outlet: `Outlet ${id}`,
    url: `https://news.example.org/${id}`,
    author: null,
    language: 'en',
    published: { date: '2031-05-06', precision: 'day', inferred: false, basis: 'dateline' },
    ...extra,
  };
}

/** An event citing source `s1`, for the exports' tests. */
export function exportEvent(id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return eventFixture(id, start, { title: `Title of ${id}`, mentions: [{ source: 's1', quote: `Words about ${id}.`, start: 0, end: 10, expression: 'x' }], ...extra });
}

/** A small invented timeline with one event of every precision, a range and text that needs escaping. */
export function exportTimeline(): Timeline {
  return {
    version: 1,
    title: 'The council, the budget & the vote',
    language: 'en',
    sources: [sourceFixture('s1'), sourceFixture('s2', { published: { date: '2031-05-09T08:15+02:00', precision: 'minute', inferred: false, basis: 'meta' } })],
    events: [
      exportEvent('2030-budget-year', '2030', { kind: 'background' }),
      exportEvent('2031-02-winter-session', '2031-02'),
      exportEvent('2031-05-04-council-vote', '2031-05-04', {
        title: 'Council votes, 7 to 2; "a <script>alert(1)</script> moment"\nsays clerk',
        summary: 'A **summary** with a [link](https://example.org/x), commas, and; semicolons \\ backslash.',
        mentions: [
          { source: 's1', quote: 'The council voted.', start: 0, end: 18, expression: 'on Sunday' },
          { source: 's2', quote: 'Seven voted for it.', start: 0, end: 19, expression: '' },
        ],
      }),
      exportEvent('2031-05-06-talks', '2031-05-06', { date: { start: '2031-05-06', end: '2031-05-08', precision: 'day', basis: 'expression' }, status: 'planned' }),
      exportEvent('2031-05-07-hearing', '2031-05-07T09:30+02:00'),
      exportEvent('2031-05-08-recess', '2031-05-08T18:00'),
    ],
    diagnostics: [],
  };
}
