/**
 * Every page the site renders for a timeline, as paths from the site root
 * (no base): the index, the sources and about pages, one page per event and
 * one per period that lists its events on a page of its own — the same
 * choices as the pages' getStaticPaths, for the sitemap. The /embed/ views
 * are left out: they are for frames, not for search (they carry noindex).
 */
import type { Timeline } from '../../pipeline/schema';
import { compareEvents } from '../../pipeline/eventOrder';
import { periods } from '../periods';
import { periodsOnPages } from '../periodPages';

export function sitePagePaths(timeline: Pick<Timeline, 'events'>, lang: string): string[] {
  const events = [...timeline.events].sort(compareEvents);
  const list = periods(events, undefined, lang);
  const paged = periodsOnPages(list);
  return [
    '',
    'sources/',
    'about/',
    ...list.filter((p) => paged.has(p.key)).map((p) => `periods/${p.key}/`),
    ...events.map((e) => `events/${e.id}/`),
  ];
}
