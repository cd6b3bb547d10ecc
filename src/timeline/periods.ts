/**
 * The list's sections: events grouped under year headings, or under month
 * headings when the story (its main events) spans little more than a year
 * (background decades earlier does not count),
 * so that a period never holds most of the page. Each period keeps its key
 * events (shown in full) apart from its 'more' events (shown compactly, on
 * demand). Pure, for the page and for tests.
 */
import type { Mention, TimelineEvent } from '../pipeline/schema';
import { formatIso, isoStart } from './dates';

export type Granularity = 'year' | 'month';

export interface Period {
  /** "2024" or "2024-06": also the heading's anchor (period-2024-06). */
  key: string;
  label: string;
  keyEvents: TimelineEvent[];
  more: TimelineEvent[];
}

/** Month headings up to this span of the story (18 months); years beyond it. */
const MONTHS_MAX_DAYS = 548;

/** Year headings, or month headings when the main events span at most about a year and a half. */
export function granularity(events: readonly TimelineEvent[]): Granularity {
  const main = events.filter((e) => e.kind === 'main');
  const pool = main.length > 0 ? main : events;
  if (pool.length === 0) return 'year';
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of pool) {
    const t = isoStart(e.date.start).getTime();
    lo = Math.min(lo, t);
    hi = Math.max(hi, t);
  }
  return hi - lo <= MONTHS_MAX_DAYS * 86_400_000 ? 'month' : 'year';
}

/** The period an event is listed under; a date known only to the year stays under its year. */
export function periodKey(event: TimelineEvent, by: Granularity): string {
  const start = event.date.start;
  return by === 'month' && start.length >= 7 ? start.slice(0, 7) : start.slice(0, 4);
}

/**
 * Events (already in date order) grouped by period, periods in time order; a
 * year comes before its months (it starts with January). Order inside a
 * period is the events' own.
 */
export function periods(events: readonly TimelineEvent[], by: Granularity = granularity(events), lang = 'en'): Period[] {
  const byKey = new Map<string, Period>();
  for (const event of events) {
    const key = periodKey(event, by);
    let period = byKey.get(key);
    if (!period) {
      period = { key, label: formatIso(key, lang), keyEvents: [], more: [] };
      byKey.set(key, period);
    }
    (event.tier === 'more' ? period.more : period.keyEvents).push(event);
  }
  // "2024-06" sorts after "2024" and before "2024-07" as strings: time order, year first.
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Quotes a key event's card shows in full (two accounts to compare); the other sources are listed behind a disclosure. */
export const QUOTES_SHOWN = 2;

/**
 * The quotes a key event shows: the first of each source until `max`, then
 * (if sources run out) the next ones; both lists in the event's own order.
 */
export function quotesShown(mentions: readonly Mention[], max = QUOTES_SHOWN): { shown: Mention[]; rest: Mention[] } {
  const picked = new Set<number>();
  const seen = new Set<string>();
  mentions.forEach((m, i) => {
    if (picked.size < max && !seen.has(m.source)) {
      seen.add(m.source);
      picked.add(i);
    }
  });
  for (let i = 0; i < mentions.length && picked.size < max; i++) picked.add(i);
  return { shown: mentions.filter((_, i) => picked.has(i)), rest: mentions.filter((_, i) => !picked.has(i)) };
}
