import type { ArticleFacts } from '../types.ts';

/** How much of a value is looked for in the page: enough to find it, short enough to survive entity encoding nearby. */
const PROBE_CHARS = 24;

/**
 * The line of a saved page where a metadata value stands, for its
 * diagnostic: the `<html>` tag for the language, else the first place the
 * value's start appears. Undefined when it cannot be found (entities).
 */
export function htmlLineOf(html: string, field: keyof ArticleFacts, value: string | undefined): number | undefined {
  if (!value) return undefined;
  const index = field === 'language' ? html.search(/<html[\s>]/i) : html.toLowerCase().indexOf(value.slice(0, PROBE_CHARS).toLowerCase());
  if (index < 0) return undefined;
  let line = 1;
  for (let i = html.indexOf('\n'); i >= 0 && i < index; i = html.indexOf('\n', i + 1)) line++;
  return line;
}
