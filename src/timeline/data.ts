/**
 * The site's one read of the data, at build time: `src/data/timeline.json`
 * (written by `npm run timeline`), checked against the contract. A broken
 * file stops the build with the contract's error.
 *
 * `NEWSLINE_TIMELINE=path/to/timeline.json astro build --outDir …` builds the
 * site from another file instead (the browser tests build fixture sites so).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import seedRaw from '../data/timeline.json?raw';
import { parseTimeline, type Timeline, type TimelineEvent } from '../pipeline/schema';
import { compareEvents } from '../pipeline/eventOrder';
import { stringsFor } from './strings';

const override = process.env.NEWSLINE_TIMELINE;

/** The file exactly as the pipeline wrote it (served as /timeline.json). */
export const timelineJson: string = override ? readFileSync(resolve(override), 'utf8') : seedRaw;

export const timeline: Timeline = parseTimeline(JSON.parse(timelineJson));

/** The page's words, in the story's language when the site speaks it (English otherwise). */
export const t = stringsFor(timeline.language);

/** The page's language: the dictionary's, so <html lang> always matches the words shown. */
export const lang = t.lang;

/** Events in the contract's order (date, then id), whoever wrote the file. */
export function sortedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareEvents);
}

export { sourceName, sourceUrl } from './sourceName';
