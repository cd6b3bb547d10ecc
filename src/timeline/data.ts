/**
 * The site's one read of the data, at build time: `src/data/timeline.json`
 * (written by `npm run timeline`), checked against the contract. A broken
 * file stops the build with the contract's error.
 */
import raw from '../data/timeline.json?raw';
import { parseTimeline, type Source, type Timeline, type TimelineEvent } from '../pipeline/schema';
import { isoStart } from './dates';

/** The file exactly as the pipeline wrote it (served as /timeline.json). */
export const timelineJson: string = raw;

export const timeline: Timeline = parseTimeline(JSON.parse(raw));

/** Events in date order (start instant, then id), as the contract promises. */
export function sortedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) =>
      isoStart(a.date.start).getTime() - isoStart(b.date.start).getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** How a source is named: outlet, else title, else file. */
export function sourceName(source: Pick<Source, 'outlet' | 'title' | 'file'>): string {
  return source.outlet?.trim() || source.title?.trim() || source.file;
}

/** Only web links become hrefs. */
export function sourceUrl(source: Pick<Source, 'url'>): string | null {
  return source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
}
