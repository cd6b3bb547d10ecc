/**
 * A page's <meta name="description">: plain text, as search engines and
 * link previews show it. A summary may hold inline Markdown, so its text
 * is taken from the Markdown tree rather than by stripping characters.
 */
import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';

/** About what a search result shows before cutting. */
export const DESCRIPTION_MAX = 160;

/** The plain text of Markdown, paragraphs joined by a space, whitespace collapsed. */
export function markdownText(markdown: string): string {
  const tree = remark().parse(markdown);
  return tree.children
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text cut to `max` characters at a word boundary, with an ellipsis when cut. */
export function metaDescription(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atSpace = cut.lastIndexOf(' ');
  // A single long word is cut mid-word rather than dropped.
  return `${(atSpace > max / 2 ? cut.slice(0, atSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
