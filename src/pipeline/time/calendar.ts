import { DateTime } from 'luxon';
import type { TimexPrecision } from './types';
import type { CalendarUnit } from './languages/LanguageTable';

/** Calendar arithmetic and TIMEX3 value formatting. All dates are zone-free calendar dates (UTC). */

export function pad(n: number, width = 2): string {
  return String(Math.trunc(n)).padStart(width, '0');
}

export function makeDate(year: number, month = 1, day = 1): DateTime | null {
  const d = DateTime.utc(year, month, day);
  return d.isValid ? d : null;
}

/** Publication date as a calendar day; a full timestamp keeps its own local date. */
export function parsePublished(published: string): DateTime {
  const d = DateTime.fromISO(published, { setZone: true });
  if (!d.isValid) throw new Error(`Invalid publication date: ${published}`);
  return DateTime.utc(d.year, d.month, d.day);
}

export function dayValue(d: DateTime): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}
export function monthValue(d: DateTime): string {
  return `${pad(d.year, 4)}-${pad(d.month)}`;
}
export function yearValue(d: DateTime): string {
  return pad(d.year, 4);
}
export function weekValue(d: DateTime): string {
  return `${pad(d.weekYear, 4)}-W${pad(d.weekNumber)}`;
}
export function quarterOf(d: DateTime): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

/** TIMEX3 value of the calendar unit containing d ("last week" → its ISO week). */
export function valueForUnit(d: DateTime, unit: CalendarUnit): string {
  switch (unit) {
    case 'day': return dayValue(d);
    case 'week': return weekValue(d);
    case 'weekend': return weekValue(d) + '-WE';
    case 'month': return monthValue(d);
    case 'quarter': return `${pad(d.year, 4)}-Q${quarterOf(d)}`;
    case 'year': return yearValue(d);
    case 'decade': return pad(Math.floor(d.year / 10), 3);
    case 'century': return pad(Math.floor(d.year / 100), 2);
  }
}

export function precisionForUnit(unit: CalendarUnit): TimexPrecision {
  return unit === 'weekend' ? 'week' : unit;
}

/** Move by n calendar units (a weekend moves by weeks). */
export function shiftUnit(d: DateTime, unit: CalendarUnit, n: number): DateTime {
  switch (unit) {
    case 'day': return d.plus({ days: n });
    case 'week':
    case 'weekend': return d.plus({ weeks: n });
    case 'month': return d.plus({ months: n });
    case 'quarter': return d.plus({ months: 3 * n });
    case 'year': return d.plus({ years: n });
    case 'decade': return d.plus({ years: 10 * n });
    case 'century': return d.plus({ years: 100 * n });
  }
}

/** The nth weekday (1 = Monday) of a month, or the last one for nth -1: "the fourth Thursday of November". */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): DateTime | null {
  const first = makeDate(year, month, 1);
  if (!first) return null;
  if (nth < 0) {
    const last = first.endOf('month').startOf('day');
    return last.minus({ days: (last.weekday - weekday + 7) % 7 });
  }
  const d = first.plus({ days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1) });
  return d.month === month ? d : null;
}
