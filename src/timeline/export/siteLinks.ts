import { eventPath, sitePath } from '../paths';

/** Where the site lives, as Astro knows it: every export's links are made from this. */
export interface ExportSite {
  /** Astro's base (BASE_PATH): '/' or '/news/timeline/'. */
  base: string;
  /** The site's origin (SITE_URL, Astro.site) when set: links are then absolute, as feeds and calendars need. */
  site?: string | undefined;
}

/** A page of the site: absolute when the site's origin is known, else from the site root. */
export function siteLink(path: string, where: ExportSite): string {
  const local = sitePath(path, where.base);
  return where.site ? new URL(local, where.site).href : local;
}

/** One event's page, as `siteLink` makes links. */
export function eventLink(id: string, where: ExportSite): string {
  const local = eventPath(id, where.base);
  return where.site ? new URL(local, where.site).href : local;
}
