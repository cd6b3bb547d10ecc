/**
 * A page's absolute URL from its root-relative path (as `sitePath` writes
 * it, base included) and the site's origin (SITE_URL, Astro's `site`).
 * Undefined without an origin: canonical links, og:url, og:image and the
 * sitemap need an absolute URL, and a guessed host would be wrong.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
  if (!site) return undefined;
  const origin = new URL(String(site)).origin;
  return new URL(path.startsWith('/') ? path : `/${path}`, origin).href;
}

/** For links that work either way (embed snippets, oEmbed discovery): absolute with SITE_URL, else the root-relative path. */
export function absoluteIfKnown(path: string, site: URL | string | undefined): string {
  return absoluteUrl(path, site) ?? path;
}
