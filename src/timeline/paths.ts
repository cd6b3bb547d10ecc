/**
 * Every internal link goes through `sitePath`, so a site built for a
 * subpath (Astro's `base`, e.g. /news/timeline/) keeps its links. Paths are
 * written from the site root: sitePath('events/abc/') → '/news/timeline/events/abc/'.
 */
export function sitePath(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** The page of one event; eventPath('') is the folder of them all, the prefix scripts add an id and "/" to. */
export function eventPath(id: string, base?: string): string {
  return sitePath(id ? `events/${id}/` : 'events/', base);
}

/** The id of an event card's title, which the card's article is labelled by. */
export function eventTitleId(id: string): string {
  return `${id}-title`;
}
