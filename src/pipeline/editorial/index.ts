/**
 * The editorial layer: `seeds/editorial.md` lets a journalist retitle,
 * rewrite, hide, pin, merge and add events by id. What a person wrote always
 * wins over what was extracted. Pure functions, no I/O.
 *
 * ## The format of editorial.md
 *
 * HTML comment blocks (`<!-- … -->` starting a line) are ignored, also
 * before the front matter. Optional YAML front matter between two `---` lines:
 *
 * ```markdown
 * ---
 * title: Story title that overrides the extracted one
 * hide: [event-id-1]              # these events are left out
 * pin: [event-id-2]               # kind becomes "main"; salience above every other event (first pinned highest)
 * merge:                          # each entry merges the later ids into the first
 *   - [event-id-a, event-id-b]
 * ---
 * ```
 *
 * Then one `## <event-id>` section per event to edit. Its first paragraph
 * may start with `key: value` lines (lowercase keys, a space after the
 * colon; a value may be "quoted", and ` # …` after an unquoted value is a
 * comment). The paragraphs after them become the event's summary, kept as
 * Markdown text (render it with `renderSummaryHtml`).
 *
 * ```markdown
 * ## event-id-3
 * title: A better title written by a person
 * kind: main                      # main | background
 * date: 2023-11-07                # ISO 8601 cut to its precision: 2014, 2023-03, 2023-11-07,
 *                                 # 2023-11-07T09:30+01:00; or a range 2023-11-07/2023-11-09
 * hide: true                      # true | false
 * pin: true                       # true | false
 *
 * A rewritten **summary** in Markdown. [Links](https://example.org) are fine.
 * ```
 *
 * `## new: <event-id>` adds an event. It needs `date`, `title`, `source` (a
 * source id of the timeline, or an http(s) URL, which adds a source with an
 * id made from the URL's host and path and `file` = the editorial file) and
 * `quote` (the exact words that back it); `kind` (default main), `pin` and
 * `hide` are optional, and paragraphs become its summary. Its one mention
 * has `start: 0, end: quote.length, expression: ''` (editorial quotes are not
 * offsets into an article), salience 1, no actors, no disputes.
 *
 * Merging `a` with `b`: b's mentions join a's (no duplicates), actors and
 * disputes are united, salience is the higher one; a's date, title, summary
 * and kind stay; b disappears, and any later reference to b is a diagnostic.
 *
 * Order of application: new events → merges → sections (document order) →
 * hide → pin → title; events end sorted by date.start, then id.
 *
 * Ids are lowercase `[a-z0-9-]`, starting with a letter or digit.
 */
import type { Timeline } from '../schema.ts';
import { applyEditorial } from './applyEditorial.ts';
import { parseEditorial } from './parseEditorial.ts';

export { parseEditorial, parseEditorialDate } from './parseEditorial.ts';
export { applyEditorial, urlSlug } from './applyEditorial.ts';
export { editTimelineFromFile } from './editTimelineFromFile.ts';
export { writeEdit, type EditorialEdit, type WriteResult } from './writeEdit.ts';
export { renderSummaryHtml, summarySchema, type RenderOptions } from './renderSummaryHtml.ts';
export type { EditorialDate, EditorialEdits, Located, SectionEdit } from './types.ts';

/**
 * parseEditorial + applyEditorial in one call: the edited timeline, with the
 * parse diagnostics and the apply diagnostics appended to its own.
 */
export function editTimeline(timeline: Timeline, markdown: string, file = 'editorial.md'): Timeline {
  const { edits, diagnostics } = parseEditorial(markdown, file);
  const withParse: Timeline = { ...timeline, diagnostics: [...timeline.diagnostics, ...diagnostics] };
  return applyEditorial(withParse, edits);
}
