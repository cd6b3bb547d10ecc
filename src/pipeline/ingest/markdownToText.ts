import { remark } from 'remark';
import type { Root, RootContent } from 'mdast';
import { boundMarkdownNesting } from '../text/boundMarkdownNesting.ts';

const parser = remark();

/** Nodes whose text is one block of the article. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableRow']);
/** Nodes that hold no article text. */
const SKIPPED_TYPES = new Set(['code', 'html', 'thematicBreak', 'definition']);

/** The Markdown body as text, and where its nesting had to be bounded first. */
export interface MarkdownText {
  text: string;
  /** Lines of the body (1-based) changed before parsing, and how: for diagnostics. */
  notes: { line: number; message: string }[];
}

/**
 * Markdown body to plain text: one block per paragraph, heading or list item,
 * separated by blank lines, with inline markup (emphasis, links) reduced to its words.
 */
export function markdownToText(markdown: string): string {
  return readMarkdownBody(markdown).text;
}

/**
 * markdownToText with what was changed to read it. remark's time grows
 * faster than the text with nesting and runs of emphasis marks, so both are
 * bounded before it parses (lines nested past 16 levels left out, a
 * paragraph with over 200 marks read as plain characters); the tree is then
 * walked with an explicit stack, so no depth overflows the call stack.
 */
export function readMarkdownBody(markdown: string): MarkdownText {
  const bounded = boundMarkdownNesting(markdown);
  const tree = parser.parse(bounded.text) as Root;
  const blocks: string[] = [];
  const stack: RootContent[] = [...tree.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (BLOCK_TYPES.has(node.type)) blocks.push(textOf(node).replace(/\s*\n\s*/g, ' ').trim());
    else if (!SKIPPED_TYPES.has(node.type) && 'children' in node) {
      const children = node.children as RootContent[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return { text: blocks.filter((block) => block.length > 0).join('\n\n'), notes: bounded.changes };
}

/** The text of a node and everything in it, in order, as mdast-util-to-string gives it, without recursion. */
function textOf(root: RootContent): string {
  const parts: string[] = [];
  const stack: RootContent[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    else if (node.type === 'image' || node.type === 'imageReference') parts.push(node.alt ?? '');
    else if ('children' in node) {
      const children = node.children as RootContent[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('');
}
