/**
 * sitemap.xml (sitemaps.org protocol 0.9): one <loc> per page, absolute
 * URLs only, as the protocol requires. No <lastmod>: the site knows when
 * its articles were published, not when a page last changed, and a build
 * date would make two builds of the same articles differ.
 */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...entries, '</urlset>', ''].join('\n');
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
