/**
 * Where ?lang= sends the reader: the address of the embed page in that
 * language (same query and #fragment), or null when this page already
 * speaks it or the site has no page in it. Pure; `pages` maps each language
 * to its embed page's path (the page lists them in data-embed-pages).
 */
export function languagePage(lang: string | null, here: string, pages: Readonly<Record<string, string>>, search: string, hash: string): string | null {
  if (!lang || lang === here) return null;
  const path = pages[lang];
  return path ? `${path}${search}${hash}` : null;
}
