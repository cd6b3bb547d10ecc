import type { TimelineEvent } from '../../pipeline/schema';
import { firstDay, lastDay } from '../../pipeline/isoDate';

/** The DTSTART and DTEND properties of an event (DTEND absent for a moment with no end). */
export interface IcsDates {
  start: string;
  end?: string;
}

/**
 * When a calendar shows an event. Day, month and year precision are
 * all-day spans (`DTSTART;VALUE=DATE`) from the first day the date covers
 * to the day after the last (DTEND is exclusive): a day is one day, a
 * month its whole month, a year its year; a range runs from its start's
 * first day to its end's last. Minute precision is a time: in UTC when the
 * data gives a zone or offset, else floating (local wherever it is read),
 * and without DTEND unless the data gives an end.
 */
export function icsEventDates(date: TimelineEvent['date']): IcsDates {
  if (date.precision === 'minute') {
    const start = `DTSTART:${icsDateTime(date.start)}`;
    return date.end ? { start, end: `DTEND:${icsDateTime(date.end)}` } : { start };
  }
  return {
    start: `DTSTART;VALUE=DATE:${compactDay(firstDay(date.start))}`,
    end: `DTEND;VALUE=DATE:${compactDay(dayAfter(lastDay(date.end ?? date.start)))}`,
  };
}

/** 2031-05-04 → 20310504. */
function compactDay(day: string): string {
  return day.replace(/-/g, '');
}

/** The next calendar day: 2031-12-31 → 2032-01-01. */
function dayAfter(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const next = new Date(0);
  next.setUTCFullYear(y, m - 1, d + 1);
  return next.toISOString().slice(0, 10);
}

/** `2031-05-04T09:30+02:00` → `20310504T073000Z`; `2031-05-04T09:30` (no zone) → `20310504T093000`. */
function icsDateTime(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (!m) return compactDay(firstDay(iso));
  const [, y, mo, d, h, mi, s = '00', zone] = m;
  if (!zone) return `${y}${mo}${d}T${h}${mi}${s}`;
  const utc = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`).toISOString();
  return `${utc.slice(0, 19).replace(/[-:]/g, '')}Z`;
}
