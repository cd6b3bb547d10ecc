/**
 * JSON-LD as the text of a `<script type="application/ld+json">`. The
 * values come from articles, and a script element's text ends at the first
 * `</script`, whatever JSON it is in: `<`, `>` and `&` are written as
 * \u escapes (the same JSON to any parser, but never markup), and so are
 * U+2028/U+2029, which some older JavaScript parsers take for line ends.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
