import { parse } from 'csv-parse/sync';
import { csvDelimiter } from './csvDelimiter.ts';
import { SHEET_COLUMNS, sheetRowSchema } from './importSchemas.ts';
import type { ImportRow, TimelineJsRead } from './types.ts';

/** The columns that make a sheet TimelineJS3's: every template has them, other CSV files rarely both. */
const REQUIRED_COLUMNS = ['Year', 'Headline'] as const;

interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/**
 * TimelineJS3's Google Sheets template saved as CSV, as rows: the first
 * line names the columns (matched to the template's names, any case);
 * each later non-blank line is a row, with the file line it starts on.
 * A CSV without the template's Year and Headline columns is not TimelineJS3.
 */
export function readTimelineJsCsv(text: string): TimelineJsRead {
  let records: CsvRecord[];
  try {
    records = parse(text, { delimiter: csvDelimiter(text), info: true, raw: true, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as unknown as CsvRecord[];
  } catch (error) {
    return { refused: `not readable as CSV (${(error as Error).message}), so none of it was imported` };
  }
  const [header, ...body] = records;
  const canonical = new Map(SHEET_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns = (header?.record ?? []).map((name) => canonical.get(name.trim().toLowerCase()));
  if (!REQUIRED_COLUMNS.every((c) => columns.includes(c))) {
    const old = (header?.record ?? []).some((name) => /^start date$/i.test(name.trim()));
    return {
      refused: old
        ? 'an older TimelineJS sheet (a "Start Date" column); only the TimelineJS3 template is read: Year, Month, Day, Time, End Year, …, Headline, Text, Media, Type, Group'
        : 'not a TimelineJS3 sheet: its first line does not name the template\'s Year and Headline columns',
    };
  }
  const rows: ImportRow[] = [];
  for (const { record, info, raw } of body) {
    if (record.every((cell) => !cell.trim())) continue;
    const cells = Object.fromEntries(columns.flatMap((column, i) => (column && record[i] !== undefined ? [[column, record[i]]] : [])));
    const row = sheetRowSchema.parse(cells);
    const line = info.lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    const parts = (prefix: '' | 'End ') => ({ year: row[`${prefix}Year`].trim(), month: row[`${prefix}Month`].trim(), day: row[`${prefix}Day`].trim(), time: row[`${prefix}Time`].trim() });
    rows.push({
      line,
      label: `line ${line}`,
      start: parts(''),
      ...(row['End Year'].trim() ? { end: parts('End ') } : {}),
      headline: row.Headline,
      text: row.Text,
      media: row.Media.trim(),
      type: row.Type.trim().toLowerCase(),
      group: row.Group.trim(),
      uniqueId: '',
    });
  }
  // The template's title row is a row of type "title"; the first one titles the story, as in TimelineJS3.
  const titleAt = rows.findIndex((r) => r.type === 'title');
  const title = titleAt >= 0 ? rows.splice(titleAt, 1)[0] : undefined;
  return { format: 'TimelineJS3 sheet', ...(title ? { title } : {}), rows, problems: [] };
}
