import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { dayValue, nthWeekdayOfMonth } from '../calendar';
import { YEAR, lookupMonth, patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT, alternation, isCapitalized, norm } from '../regexUtil';
import { resolveMonth } from '../resolveMonthDay';

const cache = new WeakMap<LanguageTable, RegExp | null>();

/** "the last Sunday in April", "the third Thursday of November 2024": that day of the month's year the tense picks. */
export function findNthWeekdayOfMonth(text: string, lang: LanguageTable): Candidate[] {
  const re = regexFor(lang);
  if (!re) return [];
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const month = lookupMonth(lang, g.m ?? '');
    const nth = lang.ordinals[norm(g.ord ?? '')];
    const weekday = lang.weekdays[norm(g.wd ?? '')];
    if (month === undefined || nth === undefined || nth > 5 || weekday === undefined) continue;
    if (lang.capitalizedNames && (!isCapitalized(g.m ?? '') || !isCapitalized(g.wd ?? ''))) continue;
    const year = g.y ? Number(g.y) : undefined;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'nthWeekday', priority: 9, explicitDay: true,
      resolve: (env) => {
        const y = year ?? resolveMonth(month, env.published, env.tense())?.year;
        const date = y === undefined ? null : nthWeekdayOfMonth(y, month, weekday, nth);
        return date ? { value: dayValue(date), precision: 'day', date } : null;
      },
    });
  }
  return out;
}

function regexFor(lang: LanguageTable): RegExp | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const link = lang.partOfYearPhrases?.yearLink;
  const ordinals = Object.keys(lang.ordinals);
  let re: RegExp | null = null;
  if (link && ordinals.length && lang.definiteArticle) {
    const p = patternsFor(lang);
    re = new RegExp(
      `${WB_LEFT}(?:${lang.definiteArticle})\\s+(?<ord>${alternation(ordinals)})\\s+(?<wd>${p.weekday})\\s+(?:${link})\\s+(?<m>${p.month})(?:,?\\s+(?<y>${YEAR}))?${WB_RIGHT}`,
      'giu',
    );
  }
  cache.set(lang, re);
  return re;
}
