/**
 * Dates of the contract (ISO 8601 cut to a precision: 2014, 2023-03,
 * 2023-11-07, 2023-11-07T09:30+01:00) as instants and as words.
 * Pure, and the same code runs in the browser; words come from Intl in the
 * page's language, with UTC fixed, so a build does not depend on the
 * machine's time zone or locale.
 */
import type { Precision } from '../pipeline/schema';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

interface Parts {
  year: number;
  month?: number; // 1-12
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  offset?: string; // Z or ±hh:mm
}

function parts(iso: string): Parts {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`not an ISO 8601 date cut to its precision: "${iso}"`);
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const p: Parts = { year: Number(m[1]) };
  if (m[2] !== undefined) p.month = num(m[2]);
  if (m[3] !== undefined) p.day = num(m[3]);
  if (m[4] !== undefined) p.hour = num(m[4]);
  if (m[5] !== undefined) p.minute = num(m[5]);
  if (m[6] !== undefined) p.second = num(m[6]);
  if (m[7] !== undefined) p.offset = m[7];
  return p;
}

function offsetMinutes(offset: string | undefined): number {
  if (!offset || offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number) as [number, number];
  return sign * (h * 60 + m);
}

/** The first instant an ISO date (of any precision) covers. Dates without an offset are read as UTC. */
export function isoStart(iso: string): Date {
  const p = parts(iso);
  const ms = Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  const d = new Date(ms - offsetMinutes(p.offset) * 60_000);
  // Date.UTC maps years 0-99 to 1900-1999; put them back.
  if (p.year < 100) d.setUTCFullYear(d.getUTCFullYear() - 1900);
  return d;
}

/** The first instant after an ISO date of the given precision (exclusive end of the period it names). */
export function isoEnd(iso: string, precision: Precision): Date {
  const d = isoStart(iso);
  switch (precision) {
    case 'year':
      return new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
    case 'month':
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    case 'day':
      return new Date(d.getTime() + 86_400_000);
    case 'minute':
      return new Date(d.getTime() + 60_000);
  }
}

/** The time span an event date covers: from the start of `start` to the end of `end` (or of `start`). */
export function dateSpan(date: { start: string; end?: string | undefined; precision: Precision }): [Date, Date] {
  return [isoStart(date.start), isoEnd(date.end ?? date.start, date.precision)];
}

/** The Intl locale a page language writes dates in: English dates read day first ("25 June 2024"). */
function dateLocale(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] === 'en' ? 'en-GB' : lang;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One cached UTC formatter per language and precision (building one is slow; pages format thousands of dates). */
function formatter(lang: string, cut: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${lang}|${cut}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (cut !== 'year') options.month = 'long';
    if (cut === 'day') options.day = 'numeric';
    format = new Intl.DateTimeFormat(dateLocale(lang), options);
    formats.set(key, format);
  }
  return format;
}

function cutOf(p: Parts): 'year' | 'month' | 'day' {
  return p.month === undefined ? 'year' : p.day === undefined ? 'month' : 'day';
}

/** The calendar date of `p` as a Date at UTC midnight (years 0-99 kept as such). */
function utcDay(p: Parts): Date {
  const d = new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
  if (p.year < 100) d.setUTCFullYear(p.year);
  return d;
}

/**
 * An ISO date in words in the page's language, cut to its precision:
 * "1973", "March 2019", "4 May 2021", "9 May 2021, 19:50 (UTC+03:00)";
 * in Russian "4 мая 2021 г.". The clock time stays as written (its own offset).
 */
export function formatIso(iso: string, lang = 'en'): string {
  const p = parts(iso);
  const day = formatter(lang, cutOf(p)).format(utcDay(p));
  if (p.hour === undefined) return day;
  const hhmm = `${String(p.hour).padStart(2, '0')}:${String(p.minute ?? 0).padStart(2, '0')}`;
  const zone = p.offset === undefined ? '' : p.offset === 'Z' ? ' (UTC)' : ` (UTC${p.offset})`;
  return `${day}, ${hhmm}${zone}`;
}

/**
 * The two ends of a range in words, without repeating what they share:
 * "9–11 July 2024" → ["9", "11 July 2024"]; "28 June – 3 July 2024" → ["28 June", "3 July 2024"].
 * Intl decides what is shared in each language.
 */
export function formatRange(start: string, end: string, lang = 'en'): [string, string] {
  const a = parts(start);
  const b = parts(end);
  const cut = cutOf(a);
  if (a.hour !== undefined || b.hour !== undefined || cut !== cutOf(b) || cut === 'year') {
    return [formatIso(start, lang), formatIso(end, lang)];
  }
  const pieces = formatter(lang, cut).formatRangeToParts(utcDay(a), utcDay(b));
  const firstShared = pieces.findIndex((x) => x.source === 'shared');
  const endAt = pieces.findIndex((x) => x.source === 'endRange');
  // Nothing shared, or shared parts in front (year and month first, as in "2024年7月9日～11日"): say both ends in full.
  if (firstShared <= 0 || endAt < 0) return [formatIso(start, lang), formatIso(end, lang)];
  const head = pieces.slice(0, firstShared);
  const tail = pieces.slice(endAt);
  return [head.map((x) => x.value).join('').trim(), tail.map((x) => x.value).join('').trim()];
}

/** The dash between a range's two ends: tight between numbers ("9–11 July"), spaced between words ("28 June – 3 July"). */
export function rangeDash(first: string): string {
  return /\s/.test(first) ? ' – ' : '–';
}

/** True when an event's date names a range rather than a single period. */
export function isRange(date: { start: string; end?: string | undefined }): date is { start: string; end: string } {
  return date.end !== undefined && date.end !== date.start;
}
