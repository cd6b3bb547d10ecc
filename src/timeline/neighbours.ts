/**
 * An event's chronological neighbours, for the "before and after" links of
 * its page: the contract's one order (`compareEvents`: date, then id) over
 * every event, key or not, so that following them walks the whole story.
 */
import type { TimelineEvent } from '../pipeline/schema';
import { compareEvents } from '../pipeline/eventOrder';

export interface EventWithNeighbours<E> {
  event: E;
  /** The event just before in the story's order; null for the first. */
  before: E | null;
  /** The event just after; null for the last. */
  after: E | null;
}

/** Every event in the contract's order, each with the one before and the one after it. */
export function withNeighbours<E extends Pick<TimelineEvent, 'date' | 'id'>>(events: readonly E[]): EventWithNeighbours<E>[] {
  const ordered = [...events].sort(compareEvents);
  return ordered.map((event, i) => ({ event, before: ordered[i - 1] ?? null, after: ordered[i + 1] ?? null }));
}
