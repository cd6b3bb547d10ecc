/**
 * robots.txt: every crawler may read every page (the embed views say
 * noindex themselves), and the sitemap is named when there is one (its URL
 * must be absolute, so only with SITE_URL).
 */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}
