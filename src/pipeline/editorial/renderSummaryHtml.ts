import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Element, ElementContent, Root } from 'hast';
import { boundMarkdownNesting } from '../text/boundMarkdownNesting.ts';

/**
 * What a summary may contain: emphasis, code and links to http(s)/mailto.
 * No raw HTML (remark-rehype drops it), no scripts or styles, no images
 * (they would make the reader's browser fetch something), no ids or classes.
 */
export const summarySchema: SanitizeSchema = {
  tagNames: ['p', 'strong', 'em', 'a', 'code', 'br', 'del', 'sub', 'sup'],
  attributes: { a: ['href', 'title'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  required: {},
  ancestors: {},
  strip: ['script', 'style'],
  clobber: [],
  clobberPrefix: '',
};

export interface RenderOptions {
  /** Leave out the `<p>` around a one-paragraph summary, to place it inside an element of your own. */
  inline?: boolean;
}

/**
 * A summary's Markdown as sanitized HTML (remark → remark-rehype →
 * rehype-sanitize → rehype-stringify). Block Markdown (headings, lists)
 * keeps only its text. Deterministic; never throws on any input string.
 */
export function renderSummaryHtml(markdown: string, options: RenderOptions = {}): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, {
      // An image becomes its alt text: nothing in a summary may load from the network.
      handlers: { image: (_state, node: { alt?: string | null }) => ({ type: 'text', value: node.alt ?? '' }) },
    })
    .use(rehypeSanitize, summarySchema)
    .use(() => (tree: Root) => (options.inline ? unwrapSingleParagraph(tree) : tree))
    .use(rehypeStringify);
  // Nesting and delimiter runs are bounded first: remark's time grows faster than the text with them.
  return String(processor.processSync(boundMarkdownNesting(markdown).text)).trim();
}

function unwrapSingleParagraph(tree: Root): Root {
  const significant = tree.children.filter((n) => !(n.type === 'text' && !n.value.trim()));
  const only = significant[0];
  if (significant.length === 1 && only!.type === 'element' && (only as Element).tagName === 'p') {
    tree.children = (only as Element).children as ElementContent[];
  }
  return tree;
}
