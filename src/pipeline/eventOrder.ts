import type { TimelineEvent } from './schema.ts';

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The contract's one event order: by date (ISO strings cut to their
 * precision sort chronologically, a year before its months), then id.
 */
export function compareEvents(a: Pick<TimelineEvent, 'date' | 'id'>, b: Pick<TimelineEvent, 'date' | 'id'>): number {
  return compareText(a.date.start, b.date.start) || compareText(a.id, b.id);
}
