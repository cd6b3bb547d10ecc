import { remark } from 'remark';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';

const parser = remark();

/**
 * Markdown body to plain text: one block per paragraph, heading or list item,
 * separated by blank lines, with inline markup (emphasis, links) reduced to its words.
 */
export function markdownToText(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  const blocks: string[] = [];
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableRow':
        blocks.push(toString(node).replace(/\s*\n\s*/g, ' ').trim());
        return;
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    }
  };
  for (const node of tree.children) visit(node);
  return blocks.filter((block) => block.length > 0).join('\n\n');
}
