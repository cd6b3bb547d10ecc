/**
 * A page's <meta name="description">: plain text, as search engines and
 * link previews show it. A summary may hold inline Markdown, so its text
 * is taken from the Markdown tree rather than by stripping characters.
 */
import { remark } from 'remark';

/** Just what text extraction needs of an mdast node. */
interface TextNode {
  type: string;
  value?: string;
  alt?: string | null;
  children?: TextNode[];
}

/** Inline nodes run on in their sentence; anything else (paragraphs, list items, headings) is set off by a space. */
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

function textOf(node: TextNode): string {
  if (typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (node.type === 'break') return ' ';
  const parts = (node.children ?? []).map(textOf);
  return parts.join(INLINE.has(node.type) || node.type === 'paragraph' || node.type === 'heading' ? '' : ' ');
}

/** About what a search result shows before cutting. */
export const DESCRIPTION_MAX = 160;

/** Characters and line starts that can make Markdown read differently from its plain text. */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>!#&~|]|^\s*(?:[-+=]|\d+[.)])(?:\s|$)/m;

/** The plain text of Markdown, paragraphs joined by a space, whitespace collapsed. */
export function markdownText(markdown: string): string {
  // Most summaries are plain sentences: skip the parse (it is most of an event page's build time spent here).
  if (!MARKDOWN_SYNTAX.test(markdown)) return markdown.replace(/\s+/g, ' ').trim();
  return textOf(remark().parse(markdown)).replace(/\s+/g, ' ').trim();
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
