/**
 * A snippet built without the site's origin (no SITE_URL at build time) has
 * root-relative addresses; in the browser the page knows its origin and
 * fills it in, so the code a reader copies works on any other site.
 */
export function withOrigin(snippet: string, origin: string): string {
  return snippet.replace(/(\ssrc=")\//g, `$1${origin}/`);
}
