import type { Diagnostic } from '../schema.ts';
import type { SectionEdit } from '../editorial/types.ts';
import { TEXT_OPTION_RULES } from '../editorial/editorialSchemas.ts';
import { cutToLength, urlRule } from '../ingest/factSchemas.ts';
import { validateValue } from '../ingest/validateValue.ts';
import { htmlToMarkdown, htmlToText } from './htmlToMarkdown.ts';
import { importId } from './importId.ts';
import { rowDate } from './rowDate.ts';
import type { ImportRow } from './types.ts';

/** A slide's text is a paragraph or two; past this it is a pasted article, and its start is kept. */
export const MAX_IMPORT_SUMMARY_CHARS = 5000;
/**
 * Groups that make an event background: the words this site's own
 * TimelineJS3 export writes for background events (en, ru, uk), so a round
 * trip keeps the kind.
 */
const BACKGROUND_GROUPS = new Set(['background', 'предыстория', 'передісторія']);

export interface RowContext {
  /** The import file, for diagnostics. */
  file: string;
  /** The source id standing for the import file, cited when a row has no http(s) media URL. */
  fileSource: string;
  /** Event ids in use (the timeline's and earlier rows'); the row's id is added. */
  taken: Set<string>;
}

/**
 * One TimelineJS3 row as the editorial layer's `## new:` section: title =
 * the headline (as text), date from the date columns at their precision,
 * summary = the text (HTML to safe Markdown), source = the media URL when
 * it is http(s), else the import file, quote = the headline (or the text
 * when there is none). A row that cannot be placed or has no words gives
 * no section, and a diagnostic with its line says why.
 */
export function rowToSection(row: ImportRow, context: RowContext): { section?: SectionEdit; diagnostics: Diagnostic[] } {
  const at = row.line ? { line: row.line } : {};
  const diagnostics: Diagnostic[] = [];
  const say = (message: string, level: Diagnostic['level'] = 'warning'): void => {
    diagnostics.push({ file: context.file, ...at, level, message: `${row.label}: ${message}` });
  };
  const headline = htmlToText(row.headline);
  const plain = htmlToText(row.text);
  if (!headline && !plain) {
    say('no headline and no text (not added)');
    return { diagnostics };
  }
  const dated = rowDate(row.start, row.end);
  if ('problem' in dated) {
    say(`${dated.problem}, so it cannot be placed on the timeline (not added)`);
    return { diagnostics };
  }
  for (const note of dated.notes) say(note);
  const origin = (name: string) => ({ file: context.file, ...at, name: `${row.label} ${name}` });
  const title = validateValue(TEXT_OPTION_RULES.title, headline || plain, origin('headline'), 'not added');
  const quote = validateValue(TEXT_OPTION_RULES.quote, headline || plain, origin('quote'), 'not added');
  for (const d of [title.diagnostic, quote.diagnostic]) if (d) diagnostics.push(d);
  if (!title.value || !quote.value) return { diagnostics };
  const media = urlRule.schema.safeParse(row.media);
  const summary = cutToLength(htmlToMarkdown(row.text), MAX_IMPORT_SUMMARY_CHARS);
  const line = row.line ?? 1;
  const located = <T>(value: T) => ({ value, line });
  const section: SectionEdit = {
    id: importId(row.uniqueId, dated.date.start, title.value, context.taken),
    line,
    isNew: true,
    title: located(title.value),
    date: located(dated.date),
    source: located(media.success ? media.data : context.fileSource),
    quote: located(quote.value),
    ...(summary ? { summary: located(summary) } : {}),
    ...(BACKGROUND_GROUPS.has(row.group.toLowerCase()) ? { kind: located('background' as const) } : {}),
  };
  return { section, diagnostics };
}
