/**
 * Which periods list their 'more' events on a page of their own instead of
 * inline in the index: chosen by page weight. A small story keeps them all
 * one click away in a <details>; a story of thousands would make the index
 * too heavy to load on a phone, so its busy periods move to /periods/<key>/.
 */
import type { Period } from './periods';

/** 'More' events the index may hold inline in all (about 40 KB of HTML, 8 KB gzipped). */
export const INLINE_MORE_TOTAL = 400;

/** A period with more 'more' events than this gets its own page once the story is over the total. */
export const INLINE_MORE_PER_PERIOD = 30;

/** Keys of the periods whose 'more' events are listed on their own page. */
export function periodsOnPages(list: readonly Pick<Period, 'key' | 'more'>[]): Set<string> {
  const total = list.reduce((sum, p) => sum + p.more.length, 0);
  if (total <= INLINE_MORE_TOTAL) return new Set();
  const busy = list.filter((p) => p.more.length > INLINE_MORE_PER_PERIOD);
  const inline = total - busy.reduce((sum, p) => sum + p.more.length, 0);
  // Many quiet periods can still add up to a heavy index: then every period with 'more' events gets a page.
  const paged = inline > INLINE_MORE_TOTAL ? list.filter((p) => p.more.length > 0) : busy;
  return new Set(paged.map((p) => p.key));
}

/** The periods an event id may belong to, most specific first: ids start with the event's date ("2021-03-02-…"). */
export function periodKeysOfId(id: string): string[] {
  const keys: string[] = [];
  const month = /^(\d{4}-\d{2})-/.exec(id);
  if (month) keys.push(month[1]!);
  const year = /^(\d{4})-/.exec(id);
  if (year) keys.push(year[1]!);
  return keys;
}
