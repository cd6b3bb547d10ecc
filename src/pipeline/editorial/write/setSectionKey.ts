import { isScalar, parseDocument } from 'yaml';
import { insertLines, replaceLine, type EditorialLines } from './editorialLines.ts';
import type { EditableSection } from './editableSections.ts';

export type OptionKey = 'title' | 'kind' | 'date' | 'hide' | 'pin' | 'source' | 'quote';

/**
 * `key: value` in a section: its own line rewritten when it has one (its
 * indentation and a trailing ` # comment` kept), else a new line after the
 * section's last option, else a new options paragraph under the heading.
 * `value` is written as given (quote it first, see quoteEditorialValue).
 */
export function setSectionKey(doc: EditorialLines, section: EditableSection, key: OptionKey, value: string): EditorialLines {
  const own = section.edit[key];
  if (own) return replaceLine(doc, own.line - 1, withValue(doc.lines[own.line - 1]!, value));
  if (section.optionsEnd !== undefined) return insertLines(doc, section.optionsEnd, [`${key}: ${value}`]);
  const next = doc.lines[section.heading + 1];
  // A blank line keeps the new options apart from a summary paragraph right under the heading.
  const apart = next !== undefined && next.trim() !== '' ? [''] : [];
  return insertLines(doc, section.heading + 1, [`${key}: ${value}`, ...apart]);
}

const OPTION = /^(\s*[a-z][a-z-]*[ \t]*:)([ \t]*)(.*)$/;

/** An option line with its value replaced: what comes before the value and a comment after it stay. */
export function withValue(line: string, value: string): string {
  const m = OPTION.exec(line);
  if (!m) return line;
  const [, key, space, rest] = m as unknown as [string, string, string, string];
  return `${key}${space || ' '}${value}${commentAfter(rest)}`;
}

/** The ` # comment` after an option's value (parseEditorial's optionValue reads the value the same way). */
function commentAfter(rest: string): string {
  if (/^["']/.test(rest)) {
    const doc = parseDocument(rest);
    const end = isScalar(doc.contents) && typeof doc.contents.value === 'string' && doc.errors.length === 0 ? doc.contents.range?.[1] : undefined;
    if (end !== undefined) return rest.slice(end).replace(/^([ \t]*)$/, '');
  }
  return /\s+#.*$/.exec(rest)?.[0] ?? '';
}
