import type { Candidate, ResolveEnv, Resolution } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { dayValue, makeDate, pad } from '../calendar';
import { CLOCK, DAY, YEAR, lookupMonth, patternsFor, to24h, zoneOffset } from '../patterns';
import { WB_LEFT, WB_RIGHT, isCapitalized, norm } from '../regexUtil';
import { resolveMonthDay } from '../resolveMonthDay';

const cache = new WeakMap<LanguageTable, RegExp[]>();

/**
 * Calendar dates with a day and a month: "25 June", "June 23, 2024", "Tuesday, June 25",
 * "9-11 July", "Friday, 12 July 2024, 19:50", "12 июля 2024 года". One candidate covers
 * the weekday, the range and a trailing clock time so they come out as one expression.
 */
export function findDayMonthDates(text: string, lang: LanguageTable): Candidate[] {
  const out: Candidate[] = [];
  for (const re of regexesFor(lang)) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const monthName = g.m ?? '';
      if (lang.capitalizedNames && !isCapitalized(monthName)) continue;
      if (g.wd && lang.capitalizedNames && !isCapitalized(g.wd)) continue;
      const month = lookupMonth(lang, monthName);
      if (month === undefined) continue;
      const day = Number(g.d1);
      const endDay = g.d2 ? Number(g.d2) : undefined;
      if (endDay !== undefined && endDay <= day) continue;
      const year = g.y ? Number(g.y) : undefined;
      const weekday = g.wd ? lang.weekdays[norm(g.wd)] : undefined;
      const clock = g.h && g.mi ? { hour: to24h(Number(g.h), g.ap), minute: Number(g.mi), zone: zoneOffset(g.zone) } : undefined;
      const start = m.index;
      const end = start + m[0].replace(/[\s,]+$/, '').length;
      out.push({
        start, end, type: clock ? 'TIME' : 'DATE', rule: 'dayMonth', priority: 10, explicitDay: true,
        resolve: (env) => resolveDayMonth(env, month, day, endDay, year, weekday, clock),
      });
      if (endDay === undefined && !clock) {
        const other = coordinatedDay(text, start, end, m[0].indexOf(monthName) < m[0].indexOf(g.d1 ?? ''));
        if (other) {
          out.push({
            start: other.start, end: other.end, type: 'DATE', rule: 'dayMonth', priority: 10, explicitDay: true,
            resolve: (env) => resolveDayMonth(env, month, other.day, undefined, year, undefined, undefined),
          });
        }
      }
    }
  }
  return out;
}

/** A bare day that shares this date's month: "April 24 and 25", "24 or 25 April". */
const DAY_AFTER = new RegExp(`^(\\s+(?:and|or|&)\\s+)(${DAY})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?=\\s*(?:[,.;:)]|$)|\\s+(?:at|in|on|to|when|with|after|before)\\b)`, 'u');
const DAY_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.,])(${DAY})(?:st|nd|rd|th)?\\s+(?:and|or|&)\\s+$`, 'u');

function coordinatedDay(text: string, start: number, end: number, monthFirst: boolean): { start: number; end: number; day: number } | null {
  if (monthFirst) {
    const m = DAY_AFTER.exec(text.slice(end, end + 24));
    if (!m) return null;
    const from = end + m[1]!.length;
    return { start: from, end: from + m[2]!.length, day: Number(m[2]) };
  }
  const m = DAY_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (!m) return null;
  const from = start - m[0].length;
  return { start: from, end: from + m[1]!.length, day: Number(m[1]) };
}

function resolveDayMonth(
  env: ResolveEnv, month: number, day: number, endDay: number | undefined, year: number | undefined,
  weekday: number | undefined, clock: { hour: number; minute: number; zone: string | undefined } | undefined,
): Resolution | null {
  const date = year !== undefined ? makeDate(year, month, day) : resolveMonthDay(month, day, env.published, env.tense(), weekday);
  if (!date) return null;
  if (clock) {
    return { value: `${dayValue(date)}T${pad(clock.hour)}:${pad(clock.minute)}${clock.zone ?? ''}`, precision: 'minute', type: 'TIME', date };
  }
  const res: Resolution = { value: dayValue(date), precision: 'day', date };
  if (endDay !== undefined) {
    const last = makeDate(date.year, month, endDay);
    if (last) res.endValue = dayValue(last);
  }
  return res;
}

function regexesFor(lang: LanguageTable): RegExp[] {
  let list = cache.get(lang);
  if (list) return list;
  const p = patternsFor(lang);
  const ord = lang.ordinalSuffix;
  const wd = `(?:(?<wd>${p.weekday})\\.?,?\\s+)?`;
  const range = `(?<d1>${DAY})${ord}?(?:\\s*(?:-|–|—|to)\\s*(?<d2>${DAY})${ord}?)?`;
  const year = `(?:,?\\s+(?<y>${YEAR})(?![0-9])${lang.yearSuffix ? `(?:${lang.yearSuffix})?` : ""})?`;
  const time = `(?:,?\\s*(?:at\\s+)?${CLOCK})?`;
  const dmy = `${wd}(?:the\\s+)?${range}\\s+(?:of\\s+)?(?<m>${p.monthOrAbbr})${year}${time}`;
  const sources = [dmy];
  if (lang.monthDayOrder) sources.push(`${wd}(?<m>${p.monthOrAbbr})\\s+${range}${year}${time}`);
  list = sources.map((s) => new RegExp(WB_LEFT + s + WB_RIGHT, 'giu'));
  cache.set(lang, list);
  return list;
}
