import type { Timeline } from '../../pipeline/schema';
import { isoInstant } from './isoInstant';

/** Stamped when the data holds no date at all: the epoch says "no date" and never changes. */
const UNDATED = Date.UTC(1970, 0, 1);

/**
 * When the data last changed, from the data itself, never the build's
 * clock (same articles, byte-identical exports): the latest publication
 * date of a source, else the latest date of an event, else the epoch.
 * RFC 3339 in UTC, `2031-05-04T00:00:00Z`.
 */
export function dataStamp(timeline: Pick<Timeline, 'sources' | 'events'>): string {
  const published = timeline.sources.flatMap((s) => (s.published ? [isoInstant(s.published.date)] : []));
  const dated = published.length > 0 ? published : timeline.events.map((e) => isoInstant(e.date.end ?? e.date.start));
  // A loop, not Math.max(...list): a spread of a very long list overflows the stack.
  const latest = dated.reduce((max, ms) => (Number.isFinite(ms) && (max === undefined || ms > max) ? ms : max), undefined as number | undefined);
  return stampOf(latest ?? UNDATED);
}

/** Milliseconds to RFC 3339 in UTC, whole seconds. */
export function stampOf(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
