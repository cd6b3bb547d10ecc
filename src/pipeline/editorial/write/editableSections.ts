import type { EditorialEdits, SectionEdit } from '../types.ts';
import type { EditorialLayout, LineRange, SectionLayout } from './readLayout.ts';

/** A section parseEditorial read, with where its options and its summary are. */
export interface EditableSection extends SectionLayout {
  id: string;
  edit: SectionEdit;
  /** The line after its last option line; undefined when it has no options paragraph. */
  optionsEnd?: number;
  /** The lines the parser reads as its summary: the rest of the options paragraph, then every later paragraph. */
  summary: LineRange[];
}

/** The sections parseEditorial read (not the ones it skipped), matched to their lines by their heading. */
export function editableSections(layout: EditorialLayout, edits: EditorialEdits): EditableSection[] {
  const byHeading = new Map(edits.sections.map((s) => [s.line - 1, s]));
  const out: EditableSection[] = [];
  for (const section of layout.sections) {
    const edit = byHeading.get(section.heading);
    if (!edit || section.id !== edit.id) continue;
    const first = section.first;
    // The parser's summary starts inside the options paragraph when text follows the option lines there.
    const summaryLine = edit.summary ? edit.summary.line - 1 : undefined;
    const summaryInFirst = first && summaryLine !== undefined && summaryLine >= first.start && summaryLine < first.end ? summaryLine : undefined;
    const optionsEnd = first ? (summaryInFirst ?? first.end) : undefined;
    const summary: LineRange[] = [];
    if (first && summaryInFirst !== undefined) summary.push({ start: summaryInFirst, end: first.end });
    summary.push(...section.paragraphs.filter((p) => p.start !== first?.start));
    out.push({ ...section, id: edit.id, edit, optionsEnd: optionsEnd !== undefined && first && optionsEnd > first.start ? optionsEnd : undefined, summary });
  }
  return out;
}

/** Where a title, kind, date or summary of `id` is written: its last `## id` section (it wins), else its `## new: id` section. */
export function valueSection(sections: readonly EditableSection[], id: string): EditableSection | undefined {
  const own = sections.filter((s) => s.id === id);
  return own.filter((s) => !s.isNew).pop() ?? own.find((s) => s.isNew);
}

/** Where hide or pin of `id` is written: its last section of either kind (they apply in document order). */
export function flagSection(sections: readonly EditableSection[], id: string): EditableSection | undefined {
  return sections.filter((s) => s.id === id).pop();
}
