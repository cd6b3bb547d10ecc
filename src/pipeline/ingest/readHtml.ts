import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleFacts, DroppedBlock } from '../types.ts';
import { furnitureContainerOf } from './furnitureContainerOf.ts';
import { htmlNestingExcess, type NestingBounds } from '../text/htmlNestingExcess.ts';
import { htmlPlainBlocks } from '../text/htmlPlainBlocks.ts';

export interface HtmlArticle {
  /** The main text, one block per paragraph, heading or list item, blank lines between. */
  body: string;
  facts: ArticleFacts;
  provenance: Partial<Record<keyof ArticleFacts, string>>;
  /** Blocks of the page outside the main text. */
  dropped: DroppedBlock[];
  /** How the page had to be read otherwise than usual, for a diagnostic (a page nested too deep). */
  notes: string[];
}

/**
 * What a page may be to go to linkedom and Readability, whose work grows
 * with each element's depth (a chain of 1,000 divs takes seconds, 5,000
 * minutes); a page past either bound is read as plain text instead.
 */
export const HTML_BOUNDS: NestingBounds = {
  // Pages nest their elements 30 to 60 deep.
  maxDepth: 200,
  // A heavy news page (10,000 elements, 15 deep on average) sums to about 150,000; this costs Readability a few seconds.
  maxDepthSum: 2_000_000,
};

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, dt, dd';
const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Block texts of an element, in document order, innermost blocks only; `visit` sees each block's element. */
function blockTexts(root: ParentNode, visit?: (element: Element, text: string) => void): string[] {
  const texts: string[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    if (element.querySelector(BLOCKS)) continue;
    const text = squash(element.textContent);
    if (!text) continue;
    texts.push(text);
    visit?.(element as unknown as Element, text);
  }
  return texts;
}

/**
 * A saved web page: the main text found by Mozilla Readability on a
 * server-side DOM (linkedom), metadata from <meta> tags and <time>, and
 * every block left outside the main text listed as dropped. A page past
 * HTML_BOUNDS is read as plain text, with a note saying so.
 */
export function readHtml(source: string): HtmlArticle {
  // linkedom needs a root element; a fragment or an empty file gets one.
  const html = /<html[\s>]/i.test(source) ? source : `<!DOCTYPE html><html><body>${source}</body></html>`;
  const excess = htmlNestingExcess(html, HTML_BOUNDS);
  if (excess) return readDeepHtml(html, excess);
  const { document } = parseHTML(html);
  const { facts, provenance, set } = pageFacts(document);

  // Blocks that sit in a menu, a footer, an aside or a comment thread, with why; kept out whatever Readability finds.
  const furniture = new Map<string, string>();
  const allBlocks = document.body
    ? blockTexts(document.body, (element, text) => {
        const reason = furnitureContainerOf(element);
        if (reason) furniture.set(text, reason);
      })
    : [];
  // Readability changes the document it reads; give it a copy.
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(parseHTML(html).document as unknown as Document).parse();
  } catch {
    // A page Readability cannot read: fall back to all of its blocks, furniture marked line by line.
  }
  set('title', parsed?.title ?? document.querySelector('h1')?.textContent ?? document.title, 'headline (<h1>/<title>)');
  set('author', parsed?.byline, 'byline');

  const mainBlocks = parsed?.content ? blockTexts(parseHTML(`<body>${parsed.content}</body>`).document.body) : [];
  const body = (mainBlocks.length ? mainBlocks : allBlocks).filter((text) => !furniture.has(text));
  const kept = new Set(body);
  const lineOf = linesOf(html);
  const dropped = allBlocks
    .filter((text) => !kept.has(text) && text !== facts.title)
    .map((text) => ({ line: lineOf(text), text, reason: furniture.get(text) ?? 'outside the main text of the page' }));
  if (facts.title && body[0] !== facts.title) body.unshift(facts.title);
  return { body: body.join('\n\n'), facts, provenance, dropped, notes: [] };
}

/**
 * A page nested too deep for a DOM and Readability: its text by blocks from
 * a linear scan of the markup, entities decoded, metadata from its head when
 * that is shallow. Furniture cannot be told by where it sits, so all of it is kept.
 */
function readDeepHtml(html: string, excess: 'depth' | 'size'): HtmlArticle {
  const bodyAt = html.search(/<body[\s>]/i);
  const head = bodyAt > 0 ? `${html.slice(0, bodyAt)}</html>` : '';
  const { facts, provenance, set } = pageFacts(head && !htmlNestingExcess(head, HTML_BOUNDS) ? parseHTML(head).document : undefined);
  const plain = htmlPlainBlocks(html);
  const blocks = decodeEntities(plain.blocks);
  set('title', plain.title === undefined ? undefined : decodeEntities([plain.title])[0], 'headline (<title>)');
  if (facts.title && blocks[0] !== facts.title) blocks.unshift(facts.title);
  return {
    body: blocks.join('\n\n'),
    facts,
    provenance,
    dropped: [],
    notes: [
      `${excess === 'depth' ? `elements nested deeper than ${HTML_BOUNDS.maxDepth} levels` : 'too many deeply nested elements'}: the page was read as plain text, page furniture not told apart`,
    ],
  };
}

/** Metadata of a page from its <meta> tags, <time> and <html lang>, and a setter that keeps the first value found. */
function pageFacts(document: Document | undefined): {
  facts: ArticleFacts;
  provenance: HtmlArticle['provenance'];
  set: (field: keyof ArticleFacts, value: string | undefined | null, from: string) => void;
} {
  const facts: ArticleFacts = {};
  const provenance: HtmlArticle['provenance'] = {};
  const set = (field: keyof ArticleFacts, value: string | undefined | null, from: string): void => {
    const clean = squash(value);
    if (clean && !facts[field]) {
      facts[field] = clean;
      provenance[field] = from;
    }
  };
  if (!document) return { facts, provenance, set };
  const meta = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const content = squash(document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute('content'));
      if (content) return content;
    }
    return undefined;
  };
  set('title', meta('og:title', 'twitter:title'), 'meta og:title');
  set('outlet', meta('og:site_name', 'application-name'), 'meta og:site_name');
  set('published', meta('article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued'), 'meta article:published_time');
  set('published', document.querySelector('time[datetime]')?.getAttribute('datetime'), '<time datetime>');
  set('author', meta('author', 'article:author'), 'meta author');
  set('url', meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'meta og:url');
  set('language', document.documentElement?.getAttribute('lang')?.split('-')[0]?.toLowerCase(), '<html lang>');
  return { facts, provenance, set };
}

/** Entities in blocks of text (no markup left in them), decoded by linkedom in one flat parse. */
function decodeEntities(blocks: readonly string[]): string[] {
  if (!blocks.some((b) => b.includes('&'))) return [...blocks];
  // A "<" left in the text is a character, not a tag: encode it so the parse stays flat.
  const flat = blocks.map((b) => b.replace(/</g, '&lt;')).join('\n\n');
  const decoded = parseHTML(`<!DOCTYPE html><html><body>${flat}</body></html>`).document.body?.textContent ?? flat;
  return decoded.split('\n\n').map(squash).filter((b) => b.length > 0);
}

/** Characters searched for blocks' lines, as a multiple of the page's length: a block never found (its words entity-encoded) costs a search to the end. */
const LINE_SEARCH_BUDGET = 8;

/**
 * The line of the page where a block's first words stand, for diagnostics;
 * 1 when not found. Blocks come in document order, so each search starts
 * where the last one was found, lines are counted once, and all searches
 * together read at most LINE_SEARCH_BUDGET times the page: linear in it.
 */
function linesOf(html: string): (text: string) => number {
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let from = 0;
  let budget = LINE_SEARCH_BUDGET * Math.max(html.length, 1);
  return (text) => {
    if (budget <= 0) return 1;
    const index = html.indexOf(text.slice(0, 24), from);
    budget -= (index < 0 ? html.length : index) - from;
    if (index < 0) return 1;
    from = index;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
