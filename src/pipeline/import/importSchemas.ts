/**
 * What a TimelineJS3 file may hold, as zod schemas: checked where it enters,
 * so a wrong value is reported with its row and the other rows still import.
 * The shapes follow TimelineJS3's JSON format and its Google Sheets
 * template (the columns of its ConfigFactory's CSV reader).
 */
import { z } from 'zod';

/** A date part or cell: TimelineJS3 takes numbers or strings ("1815", 12, ""). */
const part = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((v) => (v === undefined || v === null ? '' : String(v).trim()));
const text = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (v === undefined || v === null ? '' : String(v)));

export const jsonDateSchema = z.object({ year: part, month: part, day: part, hour: part, minute: part });

/** One slide of TimelineJS3's JSON: every field optional here; what a usable event needs is checked row by row. */
export const jsonSlideSchema = z.object({
  start_date: jsonDateSchema.nullish(),
  end_date: jsonDateSchema.nullish(),
  text: z.object({ headline: text, text }).nullish(),
  media: z.object({ url: text }).nullish(),
  group: text,
  unique_id: text,
  type: text,
});

/** The file: an object with an `events` list is TimelineJS3's; its slides are checked one by one. */
export const jsonFileSchema = z.object({
  title: z.unknown().optional(),
  events: z.array(z.unknown()),
  eras: z.array(z.unknown()).optional(),
});

/** The template's columns, as TimelineJS3 names them (its sheet's first row). */
export const SHEET_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date',
  'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;

/** A sheet's row keyed by the template's column names; a missing column is an empty cell. */
export const sheetRowSchema = z.object(Object.fromEntries(SHEET_COLUMNS.map((c) => [c, text])) as Record<(typeof SHEET_COLUMNS)[number], typeof text>);

/** TimelineJS3 strips spaces and thousands commas from numbers ("1,815"); so does this. */
const integer = (what: string, min: number, max: number) =>
  z
    .string()
    .transform((v) => v.replace(/[\s,]+/g, ''))
    .pipe(z.string().regex(/^-?\d+$/, `is not a whole number`))
    .transform(Number)
    .pipe(z.number().min(min, `is below ${min}${what}`).max(max, `is above ${max}${what}`));

/** Years the contract can write: four digits, no era. TimelineJS3 takes BCE and cosmological years too; those cannot be placed here. */
export const yearSchema = integer(', and the timeline holds years 0 to 9999 only', 0, 9999);
export const monthSchema = integer(' (months are 1 to 12)', 1, 12);
/** The day is checked against its month's length after. */
export const daySchema = integer(' (days are 1 to 31)', 1, 31);
