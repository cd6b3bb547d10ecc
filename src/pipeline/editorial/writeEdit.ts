import { isDeepStrictEqual } from 'node:util';
import { parseEditorial } from './parseEditorial.ts';
import type { EditorialEdits, SectionEdit } from './types.ts';
import type { EditorialEdit, WriteResult } from './write/types.ts';
import { checkEditInput, type CheckedEdit } from './write/checkEditInput.ts';
import { joinEditorialLines, splitEditorialLines, type EditorialLines } from './write/editorialLines.ts';
import { readLayout } from './write/readLayout.ts';
import { editableSections, flagSection, valueSection, type EditableSection } from './write/editableSections.ts';
import { describeEdits, mergeTargets } from './write/describeEdits.ts';
import { setSectionKey } from './write/setSectionKey.ts';
import { setSectionSummary } from './write/setSectionSummary.ts';
import { appendSection } from './write/appendSection.ts';
import { removeFrontMatterId } from './write/removeFrontMatterId.ts';
import { addMergeEntry } from './write/addMergeEntry.ts';
import { quoteEditorialValue } from './write/quoteEditorialValue.ts';
import { protectSummary } from './write/protectSummary.ts';
import { newEventId } from './write/newEventId.ts';
import { checkWritten, type Asked } from './write/checkWritten.ts';

export type { EditorialEdit, WriteResult } from './write/types.ts';

/**
 * editorial.md's text (possibly '' when the file does not exist yet) + one
 * edit → the new text, or why not. Only the lines the edit concerns change;
 * every other byte stays as the person wrote it (comments, order, wording,
 * blank lines, line ends). The result is parsed before it is returned: it
 * must raise no diagnostic the input did not, and read back as exactly the
 * edit. An edit the file already says returns the text unchanged.
 */
export function writeEdit(markdown: string, edit: EditorialEdit, file = 'editorial.md'): WriteResult {
  const checked = checkEditInput(edit);
  if ('reason' in checked) return { ok: false, reason: checked.reason };
  // parseEditorial reads a PARAGRAPH SEPARATOR as two line ends, which would shift every line after it.
  if (markdown.includes('\u2029')) return { ok: false, reason: 'editorial.md contains a paragraph separator (U+2029); save it with ordinary line ends first' };
  const before = parseEditorial(markdown, file);
  const doc = splitEditorialLines(markdown);
  const plan = planEdit(doc, checked.edit, before.edits);
  if ('reason' in plan) return { ok: false, reason: plan.reason };
  const expected = describeEdits(plan.expected);
  if (isDeepStrictEqual(expected, describeEdits(before.edits))) return { ok: true, markdown, ...(plan.id ? { id: plan.id } : {}) };
  const text = joinEditorialLines(plan.doc);
  const after = parseEditorial(text, file);
  const problem = checkWritten(before.diagnostics, after.diagnostics, expected, describeEdits(after.edits), plan.asked);
  if (problem) return { ok: false, reason: problem };
  if (after.edits.title?.value !== before.edits.title?.value) return { ok: false, reason: `writing the ${plan.asked.what} would also change the story's title` };
  return { ok: true, markdown: text, ...(plan.id ? { id: plan.id } : {}) };
}

/** What a summary may be, for a person whose summary did not read back. */
const SUMMARY_HINT = 'a summary is plain Markdown paragraphs: no headings, lists, block quotes, code blocks or HTML';

/** The written lines, and the edits the file should then say (the input's, with this one added in applyEditorial's terms). */
type Plan = { doc: EditorialLines; expected: EditorialEdits; asked: Asked; id?: string } | { reason: string };

function planEdit(doc: EditorialLines, edit: CheckedEdit, edits: EditorialEdits): Plan {
  if (edit.type === 'merge') return planMerge(doc, edit.ids, edits);
  if (edit.type === 'add') return planAdd(doc, edit, edits);
  const into = mergeTargets(edits).get(edit.id);
  if (into !== undefined) return { reason: `"${edit.id}" was merged into "${into}" in editorial.md; edit "${into}" instead` };
  const sections = editableSections(readLayout(doc.lines), edits);
  const asked = (field: Asked['fields'][number]): Asked => ({ what: edit.type, ids: [edit.id], fields: [field] });
  switch (edit.type) {
    case 'title':
      return { ...writeValue(doc, sections, edit.id, 'title', quoteEditorialValue(edit.title)), expected: withSection(edits, { id: edit.id, title: at(edit.title) }), asked: asked('title') };
    case 'kind':
      return { ...writeValue(doc, sections, edit.id, 'kind', edit.kind), expected: withSection(edits, { id: edit.id, kind: at(edit.kind) }), asked: asked('kind') };
    case 'date':
      return { ...writeValue(doc, sections, edit.id, 'date', edit.text), expected: withSection(edits, { id: edit.id, date: at(edit.date) }), asked: asked('date') };
    case 'summary':
      return { ...planSummary(doc, sections, edit.id, edit.summary, edits), asked: { ...asked('summary'), hint: SUMMARY_HINT } };
    case 'hide':
    case 'pin':
      return { doc: writeFlag(doc, edits, edit.type, edit.id, edit.on), expected: withSection(edits, { id: edit.id, [edit.type]: at(edit.on) }), asked: asked(edit.type) };
  }
}

/** A title, kind or date: on the section that wins for the event, or in a new section at the end. */
function writeValue(doc: EditorialLines, sections: readonly EditableSection[], id: string, key: 'title' | 'kind' | 'date', value: string): { doc: EditorialLines } {
  const section = valueSection(sections, id);
  return { doc: section ? setSectionKey(doc, section, key, value) : appendSection(doc, [`## ${id}`, `${key}: ${value}`]) };
}

function planSummary(doc: EditorialLines, sections: readonly EditableSection[], id: string, summary: string, edits: EditorialEdits): { doc: EditorialLines; expected: EditorialEdits } {
  if (summary === '') {
    // Every section's summary goes: an earlier one would otherwise show through.
    let out = doc;
    for (const section of sections.filter((s) => s.id === id).reverse()) out = setSectionSummary(out, section, []);
    const expected = { ...edits, sections: edits.sections.map((s) => (s.id === id ? { ...s, summary: undefined } : s)) };
    return { doc: out, expected };
  }
  const section = valueSection(sections, id);
  const first = !section || (section.optionsEnd === undefined && (section.summary.length === 0 || section.summary[0]!.start === section.first?.start));
  const text = first ? protectSummary(summary) : summary;
  const paragraphs = text.split('\n\n');
  const out = section ? setSectionSummary(doc, section, paragraphs) : appendSection(doc, [`## ${id}`, '', ...text.split('\n')]);
  return { doc: out, expected: withSection(edits, { id, summary: at(text) }) };
}

/**
 * hide or pin: on, in the event's section (so an event's edits sit
 * together); off, out of the front matter's list, and a section's `true`
 * turned to `false` if one still says so.
 */
function writeFlag(doc: EditorialLines, edits: EditorialEdits, key: 'hide' | 'pin', id: string, on: boolean): EditorialLines {
  if (describeEdits(edits).get(id)?.[key] === (on || undefined)) return doc;
  if (on) {
    const section = flagSection(editableSections(readLayout(doc.lines), edits), id);
    return section ? setSectionKey(doc, section, key, 'true') : appendSection(doc, [`## ${id}`, `${key}: true`]);
  }
  const out = removeFrontMatterId(doc, readLayout(doc.lines), key, id);
  const now = parseEditorial(joinEditorialLines(out)).edits;
  if (!describeEdits(now).get(id)?.[key]) return out;
  const saying = editableSections(readLayout(out.lines), now)
    .filter((s) => s.id === id && s.edit[key])
    .pop();
  return saying ? setSectionKey(out, saying, key, 'false') : out;
}

function planMerge(doc: EditorialLines, ids: readonly string[], edits: EditorialEdits): Plan {
  const [keep, ...others] = ids as [string, ...string[]];
  const into = mergeTargets(edits);
  const asked: Asked = { what: 'merge', ids: others, fields: ['mergedInto'] };
  if (into.has(keep)) return { reason: `"${keep}" was already merged into "${into.get(keep)}"; merge into "${into.get(keep)}" instead` };
  const elsewhere = others.find((id) => into.has(id) && into.get(id) !== keep);
  if (elsewhere) return { reason: `"${elsewhere}" was already merged into "${into.get(elsewhere)}"` };
  const rest = others.filter((id) => into.get(id) !== keep);
  if (rest.length === 0) return { doc, expected: edits, asked };
  const entry = [keep, ...rest];
  const written = addMergeEntry(doc, readLayout(doc.lines), entry);
  if ('reason' in written) return written;
  return { doc: written.doc, expected: { ...edits, merge: [...edits.merge, entry.map(at)] }, asked };
}

function planAdd(doc: EditorialLines, edit: Extract<CheckedEdit, { type: 'add' }>, edits: EditorialEdits): Plan {
  const same = edits.sections.find(
    (s) =>
      s.isNew &&
      (edit.id === undefined || s.id === edit.id) &&
      isDeepStrictEqual(
        [s.date?.value, s.title?.value, s.source?.value, s.quote?.value, s.kind?.value, s.summary?.value],
        [edit.date, edit.title, edit.source, edit.quote, edit.kind, edit.summary],
      ),
  );
  const asked = (id: string): Asked => ({ what: 'new event', ids: [id], fields: ['added', 'title', 'date', 'kind', 'summary'] });
  if (same) return { doc, expected: edits, asked: asked(same.id), id: same.id };
  const inFile = new Set([...edits.hide, ...edits.pin, ...edits.merge.flat()].map((l) => l.value));
  for (const section of readLayout(doc.lines).sections) if (section.id) inFile.add(section.id);
  if (edit.id !== undefined && (inFile.has(edit.id) || edit.taken.includes(edit.id))) {
    return { reason: `the id "${edit.id}" is already used${inFile.has(edit.id) ? ' in editorial.md' : ' by an event'}; choose another, or edit that event` };
  }
  const id = edit.id ?? newEventId(edit.date.start, edit.title, new Set([...inFile, ...edit.taken]));
  const lines = [
    `## new: ${id}`,
    `date: ${edit.dateText}`,
    `title: ${quoteEditorialValue(edit.title)}`,
    `source: ${quoteEditorialValue(edit.source)}`,
    // A quote is someone's exact words: always quoted, as the README writes it, so no character of it is read as syntax.
    `quote: ${quoteEditorialValue(edit.quote, { always: true })}`,
    ...(edit.kind ? [`kind: ${edit.kind}`] : []),
    ...(edit.summary ? ['', ...edit.summary.split('\n')] : []),
  ];
  const section: SectionEdit = {
    id,
    line: 0,
    isNew: true,
    date: at(edit.date),
    title: at(edit.title),
    source: at(edit.source),
    quote: at(edit.quote),
    ...(edit.kind ? { kind: at(edit.kind) } : {}),
    ...(edit.summary ? { summary: at(edit.summary) } : {}),
  };
  return { doc: appendSection(doc, lines), expected: { ...edits, sections: [...edits.sections, section] }, asked: asked(id), id };
}

/** The edits with one more section at the end: it wins over every earlier one, as the written edit must. */
function withSection(edits: EditorialEdits, section: Omit<SectionEdit, 'line' | 'isNew'>): EditorialEdits {
  return { ...edits, sections: [...edits.sections, { line: 0, isNew: false, ...section }] };
}

/** A value at no line: the expected edits are compared without lines. */
function at<T>(value: T): { value: T; line: number } {
  return { value, line: 0 };
}
