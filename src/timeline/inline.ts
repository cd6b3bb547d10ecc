/**
 * Inline markdown of event summaries (**strong**, *em* / _em_, `code`,
 * [text](https://…)) to HTML. Everything else is escaped, so a summary can
 * never inject markup; links only to http(s) and mailto.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const SAFE_URL = /^(https?:\/\/|mailto:)[^\s"<>]+$/i;

/** One pass per construct, innermost first; code spans are protected from the others. */
export function inlineMarkdown(source: string): string {
  const codes: string[] = [];
  // Pull code spans out first: their content is literal.
  let text = source.replace(/`([^`]+)`/g, (_, code: string) => {
    codes.push(`<code>${escapeHtml(code)}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  text = escapeHtml(text);
  text = text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, href: string) => {
    const raw = href.replace(/&amp;/g, '&');
    return SAFE_URL.test(raw) ? `<a href="${escapeHtml(raw)}">${label}</a>` : whole;
  });
  text = text.replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>');
  text = text.replace(/__(?=\S)([^_]*?\S)__/g, '<strong>$1</strong>');
  text = text.replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*(?![*\w])/g, '$1<em>$2</em>');
  text = text.replace(/(^|[^_\w])_(?=\S)([^_]*?\S)_(?![_\w])/g, '$1<em>$2</em>');
  return text.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[Number(i)] ?? '');
}
