import type { Candidate, ResolveEnv, Resolution } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { dayValue, makeDate } from '../calendar';
import { CLOCK, DAY, LEADING_CLOCK, YEAR, lookupMonth, patternsFor, to24h } from '../patterns';
import { clockValue } from '../clockValue';
import { WB_LEFT, WB_RIGHT, isCapitalized, norm } from '../regexUtil';
import { resolveMonthDay } from '../resolveMonthDay';

const cache = new WeakMap<LanguageTable, RegExp[]>();

/**
 * Calendar dates with a day and a month: "25 June", "June 23, 2024", "Tuesday, June 25",
 * "9-11 July", "Friday, 12 July 2024, 19:50", "5 p.m. EST Nov. 9", "12 июля 2024 года". One candidate
 * covers the weekday, the range and a clock time before or after so they come out as one expression.
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
      const clock = clockOf(g);
      const start = m.index;
      const end = start + m[0].replace(/[\s,]+$/, '').length;
      out.push({
        start, end, type: clock ? 'TIME' : 'DATE', rule: 'dayMonth', priority: 10, explicitDay: true,
        resolve: (env) => resolveDayMonth(env, month, day, endDay, year, weekday, clock),
      });
      if (endDay === undefined && !clock) {
        const other = coordinatedDay(text, start, end, m[0].indexOf(monthName) < m[0].indexOf(g.d1 ?? ''), lang);
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

const coordinationCache = new WeakMap<LanguageTable, { after: RegExp; before: RegExp }>();

/**
 * A bare day that shares this date's month: "April 24 and 25", "24 or 25 April". After the
 * date it must end the phrase ("and 25." or "and 25 at noon"), so "June 3 and 40 people" stays a count.
 */
function coordinationFor(lang: LanguageTable): { after: RegExp; before: RegExp } {
  let c = coordinationCache.get(lang);
  if (!c) {
    const ord = `${lang.ordinalSuffix}?`;
    c = {
      after: new RegExp(`^(\\s+(?:${lang.coordinators})\\s+)(${DAY})${ord}(?![\\p{L}\\p{N}])(?=\\s*(?:[,.;:)]|$)|\\s+(?:at|in|on|to|when|with|after|before)\\b)`, 'iu'),
      before: new RegExp(`(?<![\\p{L}\\p{N}.,])(${DAY})${ord}\\s+(?:${lang.coordinators})\\s+$`, 'iu'),
    };
    coordinationCache.set(lang, c);
  }
  return c;
}

function coordinatedDay(text: string, start: number, end: number, monthFirst: boolean, lang: LanguageTable): { start: number; end: number; day: number } | null {
  const { after, before } = coordinationFor(lang);
  if (monthFirst) {
    const m = after.exec(text.slice(end, end + 24));
    if (!m) return null;
    const from = end + m[1]!.length;
    return { start: from, end: from + m[2]!.length, day: Number(m[2]) };
  }
  const m = before.exec(text.slice(Math.max(0, start - 12), start));
  if (!m) return null;
  const from = start - m[0].length;
  return { start: from, end: from + m[1]!.length, day: Number(m[1]) };
}

type Clock = { hour: number; minute: number; zone: string | undefined };

/** The clock time after the date ("12 July, 19:50") or before it ("5 p.m. EST Nov. 9"). */
function clockOf(g: Record<string, string | undefined>): Clock | undefined {
  if (g.h && g.mi) return { hour: to24h(Number(g.h), g.ap), minute: Number(g.mi), zone: g.zone };
  if (g.lh && g.lmi) return { hour: to24h(Number(g.lh), g.lap), minute: Number(g.lmi), zone: g.lzone };
  if (g.lh2 && g.lap2) return { hour: to24h(Number(g.lh2), g.lap2), minute: 0, zone: g.lzone };
  return undefined;
}

function resolveDayMonth(
  env: ResolveEnv, month: number, day: number, endDay: number | undefined, year: number | undefined,
  weekday: number | undefined, clock: Clock | undefined,
): Resolution | null {
  const date = year !== undefined ? makeDate(year, month, day) : resolveMonthDay(month, day, env.published, env.tense(), weekday);
  if (!date) return null;
  if (clock) {
    return { ...clockValue(date, clock.hour, clock.minute, clock.zone), precision: 'minute', type: 'TIME', date };
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
  // "5 p.m. EST Nov. 9" is one phrase; after a comma ("16:15 UTC, June 1st") the date is set off, its own expression
  const lead = `(?:${LEADING_CLOCK}\\s+(?:on\\s+)?)?`;
  const wd = `${lead}(?:(?<wd>${p.weekday})\\.?,?\\s+)?`;
  const joiner = lang.dayRangeWords ? `\\s*[-–—]\\s*|\\s+(?:${lang.dayRangeWords})\\s+` : '\\s*[-–—]\\s*';
  const range = `(?<d1>${DAY})${ord}?(?:(?:${joiner})(?<d2>${DAY})${ord}?)?`;
  const year = `(?:,?\\s+(?<y>${YEAR})(?![0-9])${lang.yearSuffix ? `(?:${lang.yearSuffix})?` : ""})?`;
  const time = `(?:,?\\s*(?:at\\s+)?${CLOCK})?`;
  const dmy = `${wd}(?:the\\s+)?${range}\\s+(?:of\\s+)?(?<m>${p.monthOrAbbr})${year}${time}`;
  const sources = [dmy];
  if (lang.monthDayOrder) sources.push(`${wd}(?<m>${p.monthOrAbbr})\\s+${range}${year}${time}`);
  list = sources.map((s) => new RegExp(WB_LEFT + s + WB_RIGHT, 'giu'));
  cache.set(lang, list);
  return list;
}
