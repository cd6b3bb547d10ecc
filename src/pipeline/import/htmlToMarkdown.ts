import { parseHTML } from 'linkedom';

/** Elements whose content is never text a reader reads: code, embeds, media. */
const DROPPED = new Set(['script', 'style', 'iframe', 'noscript', 'template', 'object', 'embed', 'svg', 'video', 'audio', 'img', 'picture', 'head', 'title']);
/** Elements that end a paragraph. */
const BLOCKS = new Set(['p', 'div', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'tr', 'table', 'pre', 'figure', 'figcaption', 'cite', 'dd', 'dt']);
/** Markdown's active characters, escaped in text so a sheet's words stay words (a `*` is not emphasis, `<b>` typed as text is not markup). */
const MARKDOWN_ACTIVE = /[\\`*_[\]<>~#&|!]/g;
const ELEMENT = 1;
const TEXT = 3;

interface Frame {
  tag: string;
  href?: string;
  parts: string[];
}

/**
 * TimelineJS3's text (HTML: TimelineJS3 renders it as markup) as Markdown a
 * summary may hold: paragraphs, **bold**, *italic* and links to http(s)
 * kept; every other tag, script, style, embed and image dropped; entities
 * decoded; Markdown's own characters in the text escaped. The summary is
 * rendered and sanitized again on the page (`renderSummaryHtml`). The walk
 * is iterative, so deep nesting cannot overflow the stack.
 */
export function htmlToMarkdown(html: string): string {
  return render(html, true);
}

/** The same HTML as plain text (for a title or a quote): tags dropped, entities decoded, one line. */
export function htmlToText(html: string): string {
  return render(html, false).replace(/\s+/g, ' ').trim();
}

function render(html: string, markdown: boolean): string {
  if (!/[<&]/.test(html)) return tidy(markdown ? escapeText(collapse(html)) : html, markdown);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const root: Frame = { tag: 'body', parts: [] };
  const stack: { frame: Frame; nodes: ChildNode[]; next: number }[] = [{ frame: root, nodes: [...document.body.childNodes], next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.nodes.length) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.frame.parts.push(close(top.frame, markdown));
      continue;
    }
    const node = top.nodes[top.next++]!;
    if (node.nodeType === TEXT) top.frame.parts.push(markdown ? escapeText(collapse(node.textContent ?? '')) : collapse(node.textContent ?? ''));
    else if (node.nodeType === ELEMENT) {
      const element = node as Element;
      const tag = element.tagName.toLowerCase();
      if (DROPPED.has(tag)) continue;
      if (tag === 'br') {
        top.frame.parts.push('\n');
        continue;
      }
      const href = tag === 'a' ? element.getAttribute('href')?.trim() : undefined;
      stack.push({ frame: { tag, ...(href && /^https?:\/\//i.test(href) ? { href } : {}), parts: [] }, nodes: [...element.childNodes], next: 0 });
    }
  }
  return tidy(root.parts.join(''), markdown);
}

/** An element's text with the Markdown its tag stands for. */
function close(frame: Frame, markdown: boolean): string {
  const inner = frame.parts.join('');
  if (BLOCKS.has(frame.tag)) return `\n\n${inner}\n\n`;
  if (!markdown || !inner.trim()) return inner;
  if (frame.tag === 'strong' || frame.tag === 'b') return wrap(inner, '**');
  if (frame.tag === 'em' || frame.tag === 'i') return wrap(inner, '*');
  if (frame.href) return `[${inner.trim()}](<${frame.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  return inner;
}

/** Emphasis markers go inside the spaces around a text, where Markdown reads them. */
function wrap(inner: string, marker: string): string {
  const [, before, body, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return `${before}${marker}${body}${marker}${after}`;
}

/** HTML whitespace: any run of it is one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function escapeText(text: string): string {
  return text.replace(MARKDOWN_ACTIVE, (c) => `\\${c}`);
}

/** Lines trimmed, at most one blank line between paragraphs; in Markdown, a line starting like a list item is escaped. */
function tidy(text: string, markdown: boolean): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return markdown ? lines.replace(/(^|\n)([-+=])(?=\s|$)/g, '$1\\$2').replace(/(^|\n)(\d+)([.)])(?=\s|$)/g, '$1$2\\$3') : lines;
}
