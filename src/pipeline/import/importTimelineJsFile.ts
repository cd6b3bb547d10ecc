import type { Diagnostic, Source, Timeline } from '../schema.ts';
import type { ArticleFile } from '../types.ts';
import type { EditorialEdits, Located, SectionEdit } from '../editorial/types.ts';
import { applyEditorial } from '../editorial/applyEditorial.ts';
import { storyTitleRule } from '../editorial/editorialSchemas.ts';
import { slugify } from '../events/eventId.ts';
import { decodeSideFile } from '../ingest/decodeSideFile.ts';
import { detectLanguage } from '../ingest/detectLanguage.ts';
import { validateValue } from '../ingest/validateValue.ts';
import { htmlToText } from './htmlToMarkdown.ts';
import { readTimelineJsCsv } from './readTimelineJsCsv.ts';
import { readTimelineJsJson } from './readTimelineJsJson.ts';
import { rowToSection } from './rowToSection.ts';

/**
 * Slides read from one file. TimelineJS3's own docs suggest about twenty;
 * a few thousand is a data dump, and each row becomes an event on the page.
 */
export const MAX_IMPORT_ROWS = 5000;

/**
 * One TimelineJS3 file (JSON, or its sheet saved as CSV) applied to the
 * timeline as hand-made events, through the editorial layer's `## new:`
 * path, so `editorial.md`, applied after, can still retitle, hide, pin or
 * merge them. The file is decoded like the other side files. A file that is
 * not TimelineJS3, or a row that cannot be used, gets a diagnostic with
 * its line; the rest still imports. A title slide titles the story when
 * `setTitle` (nothing a person wrote has titled it yet).
 */
export function importTimelineJsFile(timeline: Timeline, file: ArticleFile, options: { setTitle: boolean }): { timeline: Timeline; titled: boolean } {
  const decoded = decodeSideFile(file);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  const done = (): { timeline: Timeline; titled: boolean } => ({ timeline: { ...timeline, diagnostics: [...timeline.diagnostics, ...diagnostics] }, titled: false });
  if (decoded.text === undefined) return done();
  const read = /\.json$/i.test(file.path) ? readTimelineJsJson(decoded.text) : readTimelineJsCsv(decoded.text);
  if ('refused' in read) {
    diagnostics.push({ file: file.path, level: 'warning', message: `${read.refused} (skipped)` });
    return done();
  }
  for (const problem of read.problems) diagnostics.push({ file: file.path, ...(problem.line ? { line: problem.line } : {}), level: 'warning', message: problem.message });
  if (read.rows.length > MAX_IMPORT_ROWS) diagnostics.push({ file: file.path, level: 'warning', message: `${read.rows.length} rows; only the first ${MAX_IMPORT_ROWS} were read` });
  const rows = read.rows.slice(0, MAX_IMPORT_ROWS);

  const fileSource = uniqueSourceId(file.path, timeline.sources);
  const taken = new Set(timeline.events.map((e) => e.id));
  const sections: SectionEdit[] = [];
  for (const row of rows) {
    if (row.type === 'era') {
      diagnostics.push({ file: file.path, ...(row.line ? { line: row.line } : {}), level: 'info', message: `${row.label}: an era (a labelled span of time), which this timeline does not draw (skipped)` });
      continue;
    }
    const made = rowToSection(row, { file: file.path, fileSource, taken });
    diagnostics.push(...made.diagnostics);
    if (made.section) sections.push(made.section);
  }

  const storyTitle = read.title && options.setTitle ? titleOf(read.title.headline, read.title.line, file.path, diagnostics) : undefined;
  const source: Source = {
    id: fileSource,
    file: file.path,
    title: (read.title && htmlToText(read.title.headline)) || null,
    outlet: null,
    url: null,
    author: null,
    language: detectLanguage(rows.map((r) => `${r.headline} ${r.text}`).join(' ')),
    published: null,
  };
  const citesFile = sections.some((s) => s.source?.value === fileSource);
  const edits: EditorialEdits = { file: file.path, hide: [], pin: [], merge: [], sections, ...(storyTitle ? { title: storyTitle } : {}) };
  const withFile: Timeline = { ...timeline, sources: citesFile ? [...timeline.sources, source] : timeline.sources, diagnostics: [...timeline.diagnostics, ...diagnostics] };
  const applied = applyEditorial(withFile, edits);
  const added = applied.events.length - timeline.events.length;
  applied.diagnostics.push({ file: file.path, level: 'info', message: `read as a ${read.format}: ${added} event${added === 1 ? '' : 's'} added` });
  return { timeline: applied, titled: storyTitle !== undefined };
}

/** The title slide's headline as the story's title, checked as editorial.md's title is. */
function titleOf(headline: string, line: number | undefined, file: string, diagnostics: Diagnostic[]): Located<string> | undefined {
  const checked = validateValue(storyTitleRule, htmlToText(headline), { file, ...(line ? { line } : {}), name: 'title headline' }, 'the story keeps its title');
  if (checked.diagnostic) diagnostics.push(checked.diagnostic);
  return checked.value ? { value: checked.value, line: line ?? 1 } : undefined;
}

/** A source id for the import file, from its name, that no source of the timeline has. */
function uniqueSourceId(path: string, sources: readonly Source[]): string {
  const base = slugify(path.replace(/\.[^.]+$/, ''), 8) || 'import';
  const taken = new Set(sources.map((s) => s.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
