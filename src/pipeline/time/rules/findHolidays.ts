import type { DateTime } from 'luxon';
import type { Candidate } from '../candidate';
import type { Holiday, LanguageTable } from '../languages/LanguageTable';
import { dayValue, nthWeekdayOfMonth } from '../calendar';
import { patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT, alternation, norm } from '../regexUtil';
import { resolveMonthDay } from '../resolveMonthDay';
import { easterSunday } from '../easterSunday';

const cache = new WeakMap<LanguageTable, RegExp | null>();

/**
 * Named days: "Christmas", "Thanksgiving Day", "last Thanksgiving", "Election Day", "Good Friday".
 * Fixed dates resolve like a day-month; movable ones (the nth weekday of a month, days from Easter) are computed
 * for the year around the reference date that the tense (or "last"/"next") picks.
 */
export function findHolidays(text: string, lang: LanguageTable): Candidate[] {
  const re = regexFor(lang);
  if (!re || !hintFor(lang).some((w) => text.includes(w))) return [];
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const holiday = lang.holidays[(g.h ?? '').replace(/\s+/g, ' ').replace(/’/g, "'")];
    if (!holiday) continue;
    // "last Thanksgiving": the modifier is looked up behind the name, so the regex can start only at a name
    const mod = modBefore(lang).exec(text.slice(Math.max(0, m.index - 12), m.index));
    const shift = mod ? lang.modifiers[norm(mod[1] ?? '')] ?? 0 : 0;
    out.push({
      start: m.index - (mod?.[0].length ?? 0), end: m.index + m[0].length, type: 'DATE', rule: 'holiday', priority: 7, explicitDay: true,
      resolve: (env) => {
        const tense = shift < 0 ? 'past' : shift > 0 ? 'future' : env.tense();
        const date = 'day' in holiday ? resolveMonthDay(holiday.month, holiday.day, env.now, tense) : movable(holiday, env.now, tense);
        return date ? { value: dayValue(date), precision: 'day', date } : null;
      },
    });
  }
  return out;
}

/** A movable day (the nth or last weekday of a month, or some days from Easter) in the year the tense picks. */
function movable(h: Exclude<Holiday, { day: number }>, ref: DateTime, tense: 'past' | 'future' | 'unknown'): DateTime | null {
  const inYear = (y: number): DateTime | null => ('easter' in h ? easterSunday(y).plus({ days: h.easter }) : nthWeekday(h, y));
  const days = [ref.year - 1, ref.year, ref.year + 1].map(inYear).filter((d): d is DateTime => d !== null);
  const past = days.filter((d) => d <= ref).pop() ?? null;
  const next = days.find((d) => d >= ref) ?? null;
  if (tense === 'future') return next;
  if (tense === 'past') return past;
  if (!past) return next;
  if (!next) return past;
  return next.diff(ref, 'days').days < ref.diff(past, 'days').days ? next : past;
}

/** The nth (or last, -1) weekday of a month in a year, offset by some days. */
function nthWeekday(h: Extract<Holiday, { nth: number }>, y: number): DateTime | null {
  return nthWeekdayOfMonth(y, h.month, h.weekday, h.nth)?.plus({ days: h.plusDays ?? 0 }) ?? null;
}

/** The last word of every name: a text without any of them has no named day (a cheap test before the regex). */
const hintCache = new WeakMap<LanguageTable, string[]>();
function hintFor(lang: LanguageTable): string[] {
  let h = hintCache.get(lang);
  if (!h) {
    h = [...new Set(Object.keys(lang.holidays).map((n) => n.split(/\s+/).pop() ?? n))];
    hintCache.set(lang, h);
  }
  return h;
}

const modCache = new WeakMap<LanguageTable, RegExp>();
function modBefore(lang: LanguageTable): RegExp {
  let re = modCache.get(lang);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(${patternsFor(lang).modifier})\\s+$`, 'iu');
    modCache.set(lang, re);
  }
  return re;
}

function regexFor(lang: LanguageTable): RegExp | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const names = Object.keys(lang.holidays);
  const re = names.length
    ? new RegExp(`${WB_LEFT}(?<h>${alternation(names)})${WB_RIGHT}`, 'gu')
    : null;
  cache.set(lang, re);
  return re;
}
