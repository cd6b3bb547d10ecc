/**
 * Text for XML (and HTML) content or a quoted attribute: `& < > " '`
 * escaped, and what XML 1.0 cannot hold at all (control characters other
 * than tab and line ends, lone surrogates, U+FFFE and U+FFFF) dropped, so
 * the document stays well-formed whatever the articles held.
 */
export function xmlText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
