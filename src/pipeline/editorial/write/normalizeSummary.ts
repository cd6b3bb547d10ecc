/**
 * A summary as parseEditorial gives it back: paragraphs trimmed and joined by
 * one blank line, line ends "\n". Writing this form makes the read-back
 * comparable with what was asked for.
 */
export function normalizeSummary(markdown: string): string {
  return markdown
    .replace(/\r\n?|\n\r?|\u0085|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .split(/\n[ \t]*(?:\n[ \t]*)+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}
