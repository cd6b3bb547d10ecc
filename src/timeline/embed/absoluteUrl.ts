/** A site path made absolute against the site's address (Astro.site, from SITE_URL); left root-relative when there is none. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
