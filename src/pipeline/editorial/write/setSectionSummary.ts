import { deleteLines, insertLines, replaceLines, type EditorialLines } from './editorialLines.ts';
import type { EditableSection } from './editableSections.ts';

/**
 * A section's summary replaced by `paragraphs` (already in the form to
 * write), or removed when there are none. The new text takes the place of
 * the first summary paragraph, the others go with the blank line before
 * them; HTML comments between them stay. Text that followed the options in
 * their paragraph becomes a paragraph of its own, so it cannot be read as an
 * option.
 */
export function setSectionSummary(doc: EditorialLines, section: EditableSection, paragraphs: readonly string[]): EditorialLines {
  const text = paragraphs.flatMap((p, i) => [...(i > 0 ? [''] : []), ...p.split('\n')]);
  const [first, ...rest] = section.summary;
  let out = doc;
  // Later ranges first, so the earlier ones keep their line numbers.
  for (const range of [...rest].reverse()) out = deleteLines(out, blankBefore(out, range.start, section.heading), range.end);
  if (!first) {
    if (text.length === 0) return out;
    const at = section.optionsEnd ?? section.heading + 1;
    const next = out.lines[at];
    return insertLines(out, at, ['', ...text, ...(next !== undefined && next.trim() !== '' ? [''] : [])]);
  }
  const insideOptions = section.optionsEnd !== undefined && first.start === section.optionsEnd;
  if (text.length === 0) return deleteLines(out, insideOptions ? first.start : blankBefore(out, first.start, section.heading), first.end);
  return replaceLines(out, first.start, first.end, insideOptions ? ['', ...text] : text);
}

/** `start`, or the blank line just before it (not above the heading), so that removing a paragraph leaves no double blank. */
function blankBefore(doc: EditorialLines, start: number, heading: number): number {
  return start - 1 > heading && doc.lines[start - 1]!.trim() === '' ? start - 1 : start;
}
