import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { makeDate, monthValue } from '../calendar';
import { YEAR, lookupMonth, patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT, alternation, isCapitalized, norm } from '../regexUtil';
import { resolveMonth } from '../resolveMonthDay';

const cache = new WeakMap<LanguageTable, RegExp>();

/** Words that may precede a capitalised bare month without making it part of a name ("Theresa May"). */
const SENTENCE_WORDS = /^(?:in|by|since|until|till|from|through|during|before|after|last|this|next|early|late|mid|on|of|and|or|to|between|throughout|for|the)$/i;

/** "March 2023", "in May", "last September", "Sept. 2023", "в марте 2024 года" → month precision. */
export function findMonthExpressions(text: string, lang: LanguageTable): Candidate[] {
  const re = regexFor(lang);
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const name = g.m ?? '';
    const isAbbr = !(norm(name) in lang.months);
    if (isAbbr && !g.y) continue; // "Mar" or "Dec" alone is too ambiguous
    if (lang.capitalizedNames && !isCapitalized(name)) continue;
    if (!g.y && !g.ymod && !g.mod && lang.capitalizedNames && looksLikeName(text, m.index)) continue;
    // "the March for Life", "the March of the Mothers": a march, not the month
    if (!g.y && !g.ymod && !g.mod && lang.capitalizedNames && /^\s+(?:of\s+(?:the|a)|for\s+\p{Lu})/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    const month = lookupMonth(lang, name);
    if (month === undefined) continue;
    const year = g.y ? Number(g.y) : undefined;
    const yearShift = g.ymod ? lang.modifiers[norm(g.ymod)] : undefined;
    const shift = g.mod ? lang.modifiers[norm(g.mod)] ?? 0 : undefined;
    const start = m.index;
    out.push({
      start, end: start + m[0].length, type: 'DATE', rule: 'month', priority: 8, acceptsPrefix: true,
      resolve: (env) => {
        let date = year !== undefined ? makeDate(year, month, 1) : yearShift !== undefined ? makeDate(env.now.year + yearShift, month, 1) : null;
        if (!date && shift !== undefined) date = shiftedMonth(month, env.now, shift);
        if (!date) date = resolveMonth(month, env.published, env.tense());
        return date ? { value: monthValue(date), precision: 'month', date } : null;
      },
    });
  }
  return out;
}

/** "last September": the latest one before this month; "next September": the first after; "this": this year's. */
function shiftedMonth(month: number, ref: import('luxon').DateTime, shift: number) {
  const same = makeDate(ref.year, month, 1);
  if (!same) return null;
  const cur = ref.startOf('month');
  if (shift < 0) return same < cur ? same : same.minus({ years: 1 });
  if (shift > 0) return same > cur ? same : same.plus({ years: 1 });
  return same;
}

/** A capitalised word right before a bare month ("Theresa May", "Arab Spring") marks a name, not a date. */
function looksLikeName(text: string, index: number): boolean {
  const before = /([\p{L}'’]+)[\s]+$/u.exec(text.slice(Math.max(0, index - 30), index));
  if (!before || !before[1]) return false;
  const w = before[1];
  return isCapitalized(w) && !SENTENCE_WORDS.test(w);
}

function regexFor(lang: LanguageTable): RegExp {
  let re = cache.get(lang);
  if (re) return re;
  const p = patternsFor(lang);
  re = new RegExp(
    `${WB_LEFT}(?:(?<mod>${p.modifier})\\s+)?(?<m>${p.monthOrAbbr})(?:,?\\s+(?:of\\s+)?(?<y>${YEAR})(?![0-9])${lang.yearSuffix ? `(?:${lang.yearSuffix})?` : ""}|\\s+(?:of\\s+)?(?<ymod>${p.modifier})\\s+(?<yunit>${yearWords(lang)}))?${WB_RIGHT}`,
    'giu',
  );
  cache.set(lang, re);
  return re;
}

/** Words for "year" in the table ("May next year"). */
function yearWords(lang: LanguageTable): string {
  const words = Object.entries(lang.calendarUnits).filter(([, u]) => u === 'year').map(([w]) => w);
  return words.length ? alternation(words) : '(?!)';
}
