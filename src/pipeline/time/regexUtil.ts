/** Helpers to build rule regexes from word lists in a language table. */

/** Unicode-aware word boundaries (JavaScript's \b only knows ASCII letters). */
export const WB_LEFT = '(?<![\\p{L}\\p{N}_])';
export const WB_RIGHT = '(?![\\p{L}\\p{N}_])';

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of words/phrases, longest first so "sept" beats "sep"; spaces match any whitespace. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  if (list.length === 0) return '(?!)';
  return '(?:' + list.map((w) => escapeRegex(w).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]")).join('|') + ')';
}

/** Case-insensitive Unicode regex with a boundary on both sides. */
export function wordRegex(source: string): RegExp {
  return new RegExp(WB_LEFT + source + WB_RIGHT, 'giu');
}

/** A table's optional pattern, compiled; '' means the language has none (null). */
export function optionalRegex(source: string, flags = 'iu'): RegExp | null {
  return source ? new RegExp(source, flags) : null;
}

/** Normalise a matched phrase for table lookup. */
export function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/\.$/, '');
}

/** English-style tables want "May" capitalised; checks the first letter of a matched name. */
export function isCapitalized(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}
