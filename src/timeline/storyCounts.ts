/**
 * The story in numbers, for the about page: what was read, what was made
 * of it, and what the build reported. Pure, from the contract alone.
 */
import type { Timeline } from '../pipeline/schema';

export interface StoryCounts {
  articles: number;
  /** Articles no event cites (the sources page says why). */
  articlesWithoutEvents: number;
  /** Articles that state no publication date, so it was inferred from the others. */
  inferredPublicationDates: number;
  events: number;
  keyEvents: number;
  /** Events dated only by the day their articles were published ("reported …"). */
  publicationDated: number;
  plannedEvents: number;
  backgroundEvents: number;
  /** Points where accounts differ, over all events. */
  disputes: number;
  /** Diagnostics of level warning or error. */
  warnings: number;
  /** Diagnostics of level info. */
  notes: number;
}

export function storyCounts({ sources, events, diagnostics }: Pick<Timeline, 'sources' | 'events' | 'diagnostics'>): StoryCounts {
  const cited = new Set(events.flatMap((e) => e.mentions.map((m) => m.source)));
  const count = <T>(list: readonly T[], test: (item: T) => boolean) => list.reduce((n, item) => n + (test(item) ? 1 : 0), 0);
  return {
    articles: sources.length,
    articlesWithoutEvents: count(sources, (s) => !cited.has(s.id)),
    inferredPublicationDates: count(sources, (s) => s.published?.inferred === true),
    events: events.length,
    keyEvents: count(events, (e) => e.tier === 'key'),
    publicationDated: count(events, (e) => e.date.basis === 'publication'),
    plannedEvents: count(events, (e) => e.status === 'planned'),
    backgroundEvents: count(events, (e) => e.kind === 'background'),
    disputes: events.reduce((n, e) => n + e.disputes.length, 0),
    warnings: count(diagnostics, (d) => d.level !== 'info'),
    notes: count(diagnostics, (d) => d.level === 'info'),
  };
}
