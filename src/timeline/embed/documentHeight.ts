/**
 * The height the iframe needs, in whole CSS pixels: the root element's own
 * box, which follows the content (the embed styles give <html> and <body>
 * no viewport-relative height, so the iframe's size never feeds back into it,
 * as scrollHeight, never less than the viewport, would).
 */
export function documentHeight(doc: Document = document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}
