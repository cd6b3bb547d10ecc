import { htmlTokens } from './htmlTokens.ts';

/** Elements that never hold others. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'bgsound', 'frame']);
/** Elements a new one of their kind closes ("<li>a<li>b" are siblings), with the kinds that close them. */
const CLOSED_BY: Record<string, readonly string[]> = {
  li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], p: ['p'], option: ['option', 'optgroup'], optgroup: ['optgroup'],
  tr: ['tr'], td: ['td', 'th', 'tr'], th: ['td', 'th', 'tr'], rb: ['rb', 'rt', 'rp'], rt: ['rb', 'rt', 'rp'], rp: ['rb', 'rt', 'rp'],
};
/** Block elements that end an open paragraph, as browsers do ("<p>a<div>b": the div is no child of the p). */
const ENDS_PARAGRAPH = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']);

export interface NestingBounds {
  /** Deepest nesting allowed. */
  maxDepth: number;
  /** Largest sum, over all elements, of how deep each one sits: the work a tree walk per element up to the root costs. */
  maxDepthSum: number;
}

/**
 * Which bound, if any, the elements of an HTML source break, nesting as a
 * browser would build them (void elements, "<li>" and "<p>" closed by the
 * next of their kind, "<div/>" opening a div). The scan stops as soon as
 * one is broken, so it is linear in the source and each end tag it matches
 * costs at most the depth bound.
 */
export function htmlNestingExcess(html: string, bounds: NestingBounds): 'depth' | 'size' | undefined {
  const open: string[] = [];
  let depthSum = 0;
  for (const token of htmlTokens(html)) {
    if (token.kind === 'open') {
      if (VOID.has(token.name)) continue;
      const top = open[open.length - 1];
      if (top !== undefined && (CLOSED_BY[top]?.includes(token.name) || (top === 'p' && ENDS_PARAGRAPH.has(token.name)))) open.pop();
      open.push(token.name);
      depthSum += open.length;
      if (open.length > bounds.maxDepth) return 'depth';
      if (depthSum > bounds.maxDepthSum) return 'size';
    } else if (token.kind === 'close') {
      const at = open.lastIndexOf(token.name);
      if (at >= 0) open.length = at;
    }
  }
  return undefined;
}
