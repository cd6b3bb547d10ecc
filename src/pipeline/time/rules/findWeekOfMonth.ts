import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { makeDate, weekValue } from '../calendar';
import { YEAR, lookupMonth, patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT, alternation, isCapitalized, norm } from '../regexUtil';
import { resolveMonth } from '../resolveMonthDay';

const cache = new WeakMap<LanguageTable, RegExp>();

/** "the last week of March", "the first week of July 2024" → the ISO week holding that part of the month. */
export function findWeekOfMonth(text: string, lang: LanguageTable): Candidate[] {
  const weekWords = Object.entries(lang.calendarUnits).filter(([, u]) => u === 'week').map(([w]) => w);
  if (weekWords.length === 0 || Object.keys(lang.ordinals).length === 0) return [];
  let re = cache.get(lang);
  if (!re) {
    const p = patternsFor(lang);
    re = new RegExp(`${WB_LEFT}(?:the\\s+)?(?<ord>${alternation(Object.keys(lang.ordinals))})\\s+${alternation(weekWords)}\\s+(?:of|in)\\s+(?<m>${p.month})(?:,?\\s+(?<y>${YEAR}))?${WB_RIGHT}`, 'giu');
    cache.set(lang, re);
  }
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const month = lookupMonth(lang, g.m ?? '');
    const ord = lang.ordinals[norm(g.ord ?? '')];
    if (month === undefined || ord === undefined || ord > 4 || (lang.capitalizedNames && !isCapitalized(g.m ?? ''))) continue;
    const year = g.y ? Number(g.y) : undefined;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'weekOfMonth', priority: 8,
      resolve: (env) => {
        const first = year !== undefined ? makeDate(year, month, 1) : resolveMonth(month, env.published, env.tense());
        if (!first) return null;
        // the week that lies mostly inside the month: shift 3 days in from the month's edge
        const day = ord < 0 ? first.endOf('month').startOf('day').minus({ days: 3 }) : first.plus({ days: 3, weeks: ord - 1 });
        return { value: weekValue(day), precision: 'week' };
      },
    });
  }
  return out;
}
