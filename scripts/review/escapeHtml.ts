/** The five characters that can end a text node or an attribute value; everything else is safe inside either. */
const HTML_SPECIALS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for HTML, in a text node or a quoted attribute. Article text, titles
 * and diagnostics are hostile input: a saved page may hold `<script>` or a
 * quote that closes an attribute.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_SPECIALS[c]!);
}
