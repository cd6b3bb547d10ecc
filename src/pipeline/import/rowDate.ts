import type { Precision } from '../schema.ts';
import { parseEditorialDate } from '../editorial/parseEditorialDate.ts';
import type { EditorialDate } from '../editorial/types.ts';
import { daySchema, monthSchema, yearSchema } from './importSchemas.ts';
import { parseTimeOfDay } from './parseTimeOfDay.ts';
import type { ImportDateParts } from './types.ts';

const PRECISION_ORDER: readonly Precision[] = ['year', 'month', 'day', 'minute'];
/** How long an ISO date of each precision is: 2031, 2031-05, 2031-05-04, 2031-05-04T09:30. */
const LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10, minute: 16 };

type Parsed = { iso: string; precision: Precision; notes: string[] } | { problem: string };

/**
 * A row's date as the timeline writes it: the parts it gives, cut to its
 * precision (a year, a month, a day, a time of day). A start without a
 * usable year is a problem and the row is not added; a bad end is only
 * left out, with a note. A range takes the coarser precision of its two
 * ends, since the timeline gives one precision per date.
 */
export function rowDate(start: ImportDateParts, end: ImportDateParts | undefined): { date: EditorialDate; notes: string[] } | { problem: string } {
  const from = isoOf(start, 'start');
  if ('problem' in from) return from;
  const notes = [...from.notes];
  if (!end) return { date: { start: from.iso, precision: from.precision }, notes };
  const to = isoOf(end, 'end');
  if ('problem' in to) return { date: { start: from.iso, precision: from.precision }, notes: [...notes, `${to.problem}; the end is left out`] };
  notes.push(...to.notes);
  const precision = PRECISION_ORDER[Math.min(PRECISION_ORDER.indexOf(from.precision), PRECISION_ORDER.indexOf(to.precision))]!;
  const cutStart = from.iso.slice(0, LENGTH[precision]);
  const cutEnd = to.iso.slice(0, LENGTH[precision]);
  const range = parseEditorialDate(`${cutStart}/${cutEnd}`);
  if (!range) return { date: { start: from.iso, precision: from.precision }, notes: [...notes, `it ends (${cutEnd}) before it starts (${cutStart}); the end is left out`] };
  return { date: range, notes };
}

/** One date's parts as an ISO date cut to its precision, or why it cannot be. */
function isoOf(parts: ImportDateParts, which: 'start' | 'end'): Parsed {
  if (!parts.year) return { problem: `no ${which === 'start' ? '' : 'end '}year` };
  const year = yearSchema.safeParse(parts.year);
  if (!year.success) return { problem: `${which} year "${parts.year}" ${year.error.issues[0]!.message}` };
  const notes: string[] = [];
  let iso = String(year.data).padStart(4, '0');
  if (!parts.month) {
    if (parts.day) notes.push(`a ${which} day without a month is left out`);
    if (parts.time) notes.push(`a ${which} time without a day is left out`);
    return { iso, precision: 'year', notes };
  }
  const month = monthSchema.safeParse(parts.month);
  if (!month.success) return { problem: `${which} month "${parts.month}" ${month.error.issues[0]!.message}` };
  iso += `-${String(month.data).padStart(2, '0')}`;
  if (!parts.day) {
    if (parts.time) notes.push(`a ${which} time without a day is left out`);
    return { iso, precision: 'month', notes };
  }
  const day = daySchema.safeParse(parts.day);
  const length = new Date(Date.UTC(2000, month.data, 0)).getUTCDate();
  const days = month.data === 2 && !isLeapYear(year.data) ? 28 : length;
  if (!day.success || day.data > days) return { problem: `${which} day "${parts.day}" is not a day of ${iso}` };
  iso += `-${String(day.data).padStart(2, '0')}`;
  if (!parts.time) return { iso, precision: 'day', notes };
  const time = parseTimeOfDay(parts.time);
  if (!time) return { iso, precision: 'day', notes: [...notes, `${which} time "${parts.time}" is not a time of day and is left out`] };
  return { iso: `${iso}T${time}`, precision: 'minute', notes };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
