import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { dayValue, makeDate, nthWeekdayOfMonth, weekValue } from '../calendar';
import { YEAR, lookupMonth, patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT, alternation, isCapitalized, norm } from '../regexUtil';
import { resolveMonth } from '../resolveMonthDay';

const cache = new WeakMap<LanguageTable, RegExp | null>();

/**
 * A week or a weekday counted in a month: "the last week of March" → the ISO week holding that part of
 * the month; "the last Sunday in April", "the first Tuesday in November 2020" → that day. Without a year,
 * the month's year is the one the tense picks.
 */
export function findOrdinalInMonth(text: string, lang: LanguageTable): Candidate[] {
  const re = regexFor(lang);
  if (!re) return [];
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const month = lookupMonth(lang, g.m ?? '');
    const ord = lang.ordinals[norm(g.ord ?? '')];
    if (month === undefined || ord === undefined || ord > 4 || (lang.capitalizedNames && !isCapitalized(g.m ?? ''))) continue;
    const year = g.y ? Number(g.y) : undefined;
    const start = m.index;
    const end = m.index + m[0].length;
    if (g.wd === undefined) {
      out.push({
        start, end, type: 'DATE', rule: 'weekOfMonth', priority: 8,
        resolve: (env) => {
          const first = year !== undefined ? makeDate(year, month, 1) : resolveMonth(month, env.published, env.tense());
          if (!first) return null;
          // the week that lies mostly inside the month: shift 3 days in from the month's edge
          const day = ord < 0 ? first.endOf('month').startOf('day').minus({ days: 3 }) : first.plus({ days: 3, weeks: ord - 1 });
          return { value: weekValue(day), precision: 'week' };
        },
      });
      continue;
    }
    // a weekday needs its article: "last Sunday in April" may be last Sunday, told in April
    const weekday = lang.weekdays[norm(g.wd)];
    if (!g.the || weekday === undefined || (lang.capitalizedNames && !isCapitalized(g.wd))) continue;
    out.push({
      start, end, type: 'DATE', rule: 'nthWeekday', priority: 9, explicitDay: true,
      resolve: (env) => {
        const y = year ?? resolveMonth(month, env.published, env.tense())?.year;
        const date = y === undefined ? null : nthWeekdayOfMonth(y, month, weekday, ord);
        return date ? { value: dayValue(date), precision: 'day', date } : null;
      },
    });
  }
  return out;
}

function regexFor(lang: LanguageTable): RegExp | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const weekWords = Object.entries(lang.calendarUnits).filter(([, u]) => u === 'week').map(([w]) => w);
  const link = lang.partOfYearPhrases?.yearLink;
  const ordinals = Object.keys(lang.ordinals);
  let re: RegExp | null = null;
  if (link && ordinals.length && weekWords.length && lang.definiteArticle) {
    const p = patternsFor(lang);
    re = new RegExp(
      `${WB_LEFT}(?<the>(?:${lang.definiteArticle})\\s+)?(?<ord>${alternation(ordinals)})\\s+(?:(?<wd>${p.weekday})|${alternation(weekWords)})` +
        `\\s+(?:${link})\\s+(?<m>${p.month})(?:,?\\s+(?<y>${YEAR}))?${WB_RIGHT}`,
      'giu',
    );
  }
  cache.set(lang, re);
  return re;
}
