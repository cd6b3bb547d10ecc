import type { TimelineEvent } from './schema.ts';

/**
 * A contract event as plain values, for tests: dated by its start's own
 * precision (2014, 2019-03, 2019-03-04), key, main, one mention; any field
 * can be overridden.
 */
export function eventFixture(id: string, start = '2024-03-01', extra: Partial<TimelineEvent> = {}): TimelineEvent {
  const precision = start.length === 4 ? 'year' : start.length === 7 ? 'month' : start.length > 10 ? 'minute' : 'day';
  return {
    id,
    date: { start, precision, basis: 'expression' },
    status: 'reported',
    tier: 'key',
    title: id,
    summary: '',
    kind: 'main',
    salience: 1,
    actors: [],
    mentions: [{ source: 's', quote: 'q', start: 0, end: 1, expression: 'x' }],
    disputes: [],
    ...extra,
  };
}
