import { htmlTokens } from './htmlTokens.ts';

/** Elements that start or end a block of text; other tags are read through. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'td', 'th', 'tr', 'ul',
]);
/** Raw-text elements whose content is no article text (title is kept apart). */
const SKIPPED_RAW = new Set(['script', 'style', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template']);

/**
 * The text of an HTML source as blocks (paragraphs, headings, list items),
 * entities still encoded, without building a tree: the way to read a page
 * too deeply nested to hand to a DOM and Readability. Linear in the source.
 */
export function htmlPlainBlocks(html: string): { blocks: string[]; title?: string } {
  const blocks: string[] = [];
  let current: string[] = [];
  let title: string | undefined;
  let inHead = false;
  const endBlock = (): void => {
    const text = current.join('').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = [];
  };
  for (const token of htmlTokens(html)) {
    if (token.kind === 'text') {
      if (!inHead) current.push(html.slice(token.start, token.end));
    } else if (token.kind === 'raw') {
      if (token.name === 'title' && title === undefined) title = html.slice(token.start, token.end).replace(/\s+/g, ' ').trim();
      else if (!SKIPPED_RAW.has(token.name) && !inHead) current.push(html.slice(token.start, token.end));
    } else if (token.name === 'head') {
      inHead = token.kind === 'open';
    } else if (BLOCK.has(token.name)) {
      if (token.name === 'body') inHead = false;
      endBlock();
    }
    // Inline tags (b, a, span…) are read through, as a browser shows their words.
  }
  endBlock();
  return { blocks, ...(title ? { title } : {}) };
}
