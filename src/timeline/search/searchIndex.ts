/**
 * The compact index the page's search and filters read (/search.json): one
 * row per event with what a reader searches by, actors and sources as
 * indexes into shared lists so a 10,000-event story stays a small file.
 * Fetched only when a reader starts to search.
 */
import type { Source, TimelineEvent } from '../../pipeline/schema';

/** What a reader can filter by besides words. */
export type KindFilter = 'main' | 'background' | 'planned';

export interface SearchRow {
  id: string;
  /** The date in words, as the page shows it. */
  date: string;
  title: string;
  /** The start of the summary: enough to find an event by what it says. */
  text: string;
  actors: number[];
  sources: number[];
  kinds: KindFilter[];
}

export interface SearchIndex {
  actors: string[];
  sources: string[];
  events: SearchRow[];
}

/** Summary characters kept per event: the words that tell it, not its whole text. */
export const SEARCH_TEXT_CHARS = 200;

/** Actors ordered by how many events they are in (then by name), so a filter lists the story's people first. */
function actorsByCount(events: readonly TimelineEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const a of new Set(e.actors)) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name]) => name);
}

/** Index of events (in page order) with the date label the page uses. */
export function searchIndex(
  events: readonly TimelineEvent[],
  sources: readonly Source[],
  label: (event: TimelineEvent) => string,
  nameOf: (source: Source) => string,
): SearchIndex {
  const actors = actorsByCount(events);
  const actorAt = new Map(actors.map((a, i) => [a, i]));
  const names = [...new Set(sources.map(nameOf))].sort();
  const nameAt = new Map(names.map((n, i) => [n, i]));
  const sourceAt = new Map(sources.map((s) => [s.id, nameAt.get(nameOf(s))!]));
  return {
    actors,
    sources: names,
    events: events.map((e) => ({
      id: e.id,
      date: label(e),
      title: e.title,
      text: e.summary.slice(0, SEARCH_TEXT_CHARS),
      actors: [...new Set(e.actors.map((a) => actorAt.get(a)!))],
      sources: [...new Set(e.mentions.map((m) => sourceAt.get(m.source)).filter((i): i is number => i !== undefined))].sort((a, b) => a - b),
      kinds: [e.kind, ...(e.status === 'planned' ? (['planned'] as const) : [])],
    })),
  };
}
