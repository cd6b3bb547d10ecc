import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleFacts, DroppedBlock } from '../types.ts';
import { furnitureContainerOf } from './furnitureContainerOf.ts';

export interface HtmlArticle {
  /** The main text, one block per paragraph, heading or list item, blank lines between. */
  body: string;
  facts: ArticleFacts;
  provenance: Partial<Record<keyof ArticleFacts, string>>;
  /** Blocks of the page outside the main text. */
  dropped: DroppedBlock[];
}

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
 * every block left outside the main text listed as dropped.
 */
export function readHtml(source: string): HtmlArticle {
  // linkedom needs a root element; a fragment or an empty file gets one.
  const html = /<html[\s>]/i.test(source) ? source : `<!DOCTYPE html><html><body>${source}</body></html>`;
  const { document } = parseHTML(html);
  const meta = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const content = squash(document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute('content'));
      if (content) return content;
    }
    return undefined;
  };
  const facts: ArticleFacts = {};
  const provenance: HtmlArticle['provenance'] = {};
  const set = (field: keyof ArticleFacts, value: string | undefined | null, from: string): void => {
    const clean = squash(value);
    if (clean && !facts[field]) {
      facts[field] = clean;
      provenance[field] = from;
    }
  };
  set('title', meta('og:title', 'twitter:title'), 'meta og:title');
  set('outlet', meta('og:site_name', 'application-name'), 'meta og:site_name');
  set('published', meta('article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued'), 'meta article:published_time');
  set('published', document.querySelector('time[datetime]')?.getAttribute('datetime'), '<time datetime>');
  set('author', meta('author', 'article:author'), 'meta author');
  set('url', meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href'), 'meta og:url');
  set('language', document.documentElement?.getAttribute('lang')?.split('-')[0]?.toLowerCase(), '<html lang>');

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
  const dropped = allBlocks
    .filter((text) => !kept.has(text) && text !== facts.title)
    .map((text) => ({ line: lineOf(html, text), text, reason: furniture.get(text) ?? 'outside the main text of the page' }));
  if (facts.title && body[0] !== facts.title) body.unshift(facts.title);
  return { body: body.join('\n\n'), facts, provenance, dropped };
}

/** The line of the page where a block's first words stand, for diagnostics; 1 when not found. */
function lineOf(html: string, text: string): number {
  const probe = text.slice(0, 24);
  const index = html.indexOf(probe);
  return index < 0 ? 1 : html.slice(0, index).split('\n').length;
}
