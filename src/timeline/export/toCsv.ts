import { stringify } from 'csv-stringify/sync';
import type { Timeline } from '../../pipeline/schema';
import { eventSources } from './eventSources';
import { eventLink, type ExportSite } from './siteLinks';
import { sourceName } from '../sourceName';
import { guardSpreadsheetFormula } from './guardSpreadsheetFormula';

/** Several values in one cell (source ids, outlets) are joined so; "; " reads well and is rare inside an id. */
const LIST_SEPARATOR = '; ';

/** The columns of /timeline.csv, in order: documented in README ("Data out"). */
export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'date_basis',
  'title',
  'summary',
  'kind',
  'tier',
  'status',
  'source_count',
  'source_ids',
  'outlets',
  'first_quote',
  'first_source_url',
  'url',
] as const;

/**
 * The timeline as CSV (RFC 4180: CRLF line ends, fields with a comma, quote
 * or line break quoted, quotes doubled), one row per event in the
 * contract's order, after a header. It starts with a UTF-8 byte order mark,
 * so a spreadsheet opens Cyrillic text as text. Text taken from articles is
 * guarded against formula injection.
 */
export function toCsv(timeline: Timeline, where: ExportSite): string {
  const byId = new Map(timeline.sources.map((s) => [s.id, s]));
  const rows = timeline.events.map((event) => {
    const sources = eventSources(event, byId);
    const first = event.mentions[0];
    return [
      event.id,
      event.date.start,
      event.date.end ?? '',
      event.date.precision,
      event.date.basis,
      guardSpreadsheetFormula(event.title),
      guardSpreadsheetFormula(event.summary),
      event.kind,
      event.tier,
      event.status,
      String(sources.length),
      sources.map((s) => s.id).join(LIST_SEPARATOR),
      guardSpreadsheetFormula(sources.map(sourceName).join(LIST_SEPARATOR)),
      guardSpreadsheetFormula(first?.quote ?? ''),
      (first && byId.get(first.source)?.url) ?? '',
      eventLink(event.id, where),
    ];
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', bom: true });
}
