import { insertLines, type EditorialLines } from './editorialLines.ts';

/**
 * A new section at the end of the file, one blank line after what is there
 * (the blank lines a person left are kept, none added when there is one). A
 * file that ended without a line end still does.
 */
export function appendSection(doc: EditorialLines, lines: readonly string[]): EditorialLines {
  const { lines: old } = doc;
  const endsWithNewline = old.length > 1 && old[old.length - 1] === '';
  const body = endsWithNewline ? old.length - 1 : old.length;
  if (body === 1 && old[0] === '') return insertLines(doc, 0, lines);
  const blankBefore = body > 0 && old[body - 1]!.trim() === '';
  const allBlank = old.slice(0, body).every((l) => l.trim() === '');
  return insertLines(doc, body, [...(blankBefore || allBlank ? [] : ['']), ...lines]);
}
