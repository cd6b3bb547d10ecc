/**
 * What each article gave the timeline, for the sources page: how many
 * events cite it and which to list. A wire story behind hundreds of events
 * would make its entry a page of its own, so an entry lists its most salient
 * events (in date order) and counts the rest.
 */
import type { Source, TimelineEvent } from '../pipeline/schema';
import { compareEvents } from '../pipeline/eventOrder';

/** Events an entry lists by name; the rest are counted ("and n more"). */
export const LISTED_EVENTS = 10;

export interface SourceSupport<E = TimelineEvent> {
  /** Events with at least one mention from the source. */
  eventCount: number;
  /** Its mentions over all events (an event may quote an article twice). */
  mentionCount: number;
  /** The most salient of those events, at most `LISTED_EVENTS`, in date order. */
  listed: E[];
}

type Supportable = Pick<TimelineEvent, 'id' | 'date' | 'salience' | 'mentions'>;

/** Support per source id; a source no event cites has none in the map. */
export function sourceSupport<E extends Supportable>(events: readonly E[], listedMax = LISTED_EVENTS): Map<string, SourceSupport<E>> {
  const bySource = new Map<string, { events: E[]; mentionCount: number }>();
  for (const event of events) {
    const counted = new Set<string>();
    for (const mention of event.mentions) {
      let entry = bySource.get(mention.source);
      if (!entry) {
        entry = { events: [], mentionCount: 0 };
        bySource.set(mention.source, entry);
      }
      entry.mentionCount++;
      if (!counted.has(mention.source)) {
        counted.add(mention.source);
        entry.events.push(event);
      }
    }
  }
  const support = new Map<string, SourceSupport<E>>();
  for (const [id, { events: cited, mentionCount }] of bySource) {
    const listed = [...cited]
      .sort((a, b) => b.salience - a.salience || compareEvents(a, b))
      .slice(0, listedMax)
      .sort(compareEvents);
    support.set(id, { eventCount: cited.length, mentionCount, listed });
  }
  return support;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sources by publication date (ISO strings cut to their precision sort in
 * time order), undated ones last, then by name (case aside), then id, so the
 * order never depends on the order of the file.
 */
export function sourcesByPublication<S extends Pick<Source, 'id' | 'published'>>(sources: readonly S[], nameOf: (source: S) => string): S[] {
  const keyed = sources.map((source) => ({ source, date: source.published?.date ?? null, name: nameOf(source).toLowerCase() }));
  keyed.sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      compareText(a.date ?? '', b.date ?? '') ||
      compareText(a.name, b.name) ||
      compareText(a.source.id, b.source.id),
  );
  return keyed.map((k) => k.source);
}
