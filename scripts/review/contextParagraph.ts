/**
 * How far the context may reach on either side of a quote within its
 * paragraph: a long paragraph (a page read as one block) would otherwise
 * show the whole article around every mention.
 */
export const MAX_CONTEXT_CHARS = 600;

/** A quote in its paragraph: the text before it, the quote itself, the text after, and whether either side was cut. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
}

/** A blank line (only spaces between two line ends) separates paragraphs in the cleaned text. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/**
 * The paragraph of `text` around `text.slice(start, end)`: from the blank
 * line before the quote to the blank line after it, at most
 * MAX_CONTEXT_CHARS each side, cut at a space so no word is split. Offsets
 * out of range are clamped (an editorial quote is no offset into an article).
 */
export function contextParagraph(text: string, start: number, end: number, maxChars = MAX_CONTEXT_CHARS): QuoteInContext {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= s) from = breakEnd;
    else if (m.index >= e) {
      to = m.index;
      break;
    }
  }
  let before = text.slice(from, s);
  let after = text.slice(e, to);
  const cutBefore = before.length > maxChars;
  const cutAfter = after.length > maxChars;
  if (cutBefore) before = fromWordStart(before.slice(-maxChars));
  if (cutAfter) after = toWordEnd(after.slice(0, maxChars));
  return { before: before.replace(/^\s+/, ''), quote: text.slice(s, e), after: after.replace(/\s+$/, ''), cutBefore, cutAfter };
}

/** Drops a partial first word (text cut on its left). */
function fromWordStart(part: string): string {
  const space = part.search(/\s/);
  return space < 0 ? part : part.slice(space + 1);
}

/** Drops a partial last word (text cut on its right). */
function toWordEnd(part: string): string {
  const space = part.search(/\s\S*$/);
  return space < 0 ? part : part.slice(0, space);
}
