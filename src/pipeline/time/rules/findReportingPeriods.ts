import type { Candidate, ResolveEnv, Resolution } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { makeDate, pad, quarterOf } from '../calendar';
import { DAY, YEAR, lookupMonth, patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT } from '../regexUtil';
import { resolveMonthDay } from '../resolveMonthDay';
import { comparedQuarter } from '../comparedQuarter';

const cache = new WeakMap<LanguageTable, RegExp | null>();

/**
 * Earnings-report periods: "the quarter", "the latest quarter" (the quarter the story
 * reports on: the last one it named, else the last one completed), "the year-earlier
 * quarter", "year-ago results" (that quarter a year back, or last year), "the fiscal year",
 * "the current fiscal year" (this year).
 */
export function findReportingPeriods(text: string, lang: LanguageTable): Candidate[] {
  const re = regexFor(lang);
  if (!re || !lang.reportingPeriods!.hint.some((w) => text.includes(w))) return [];
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (g.ended) {
      // "the year ended Sept. 30": a twelve-month stretch named by its end (TimeBank: DURATION P1Y)
      out.push({ start, end, type: 'DURATION', rule: 'reportingPeriod', priority: 6, resolve: () => ({ value: 'P1Y', precision: null }) });
      continue;
    }
    if (g.ye) {
      // "by year-end": the end of this year; "since year-end": of last year
      const pre = g.yepre ?? '';
      const since = new RegExp(`^(?:${lang.reportingPeriods!.since})\\s`, 'i').test(pre);
      out.push({
        start: start + pre.length, end, type: 'DATE', rule: 'reportingPeriod', priority: 6,
        resolve: (env) => ({ value: pad(env.now.year - (since ? 1 : 0), 4), precision: 'year' }),
      });
      continue;
    }
    if (g.yp) {
      // "the 1988 quarter", "the 1989 period": that year's reporting quarter in a quarter story, else the year
      const year = Number(g.yp);
      const quarterWord = lang.quarterWords.some((w) => m[0].toLowerCase().includes(w));
      out.push({
        start, end, type: 'DATE', rule: 'reportingPeriod', priority: 6,
        resolve: (env) => {
          const q = comparedQuarter(env.anchors) ?? (quarterWord ? env.now.startOf('quarter').minus({ months: 3 }) : null);
          return q ? { value: `${pad(year, 4)}-Q${quarterOf(q)}`, precision: 'quarter' } : { value: pad(year, 4), precision: 'year' };
        },
      });
      continue;
    }
    const kind = g.fy ? 'fiscalYear' : g.ago ? 'yearEarlier' : 'current';
    const quarterWord = lang.quarterWords.some((w) => m[0].toLowerCase().includes(w));
    const closing = kind === 'current' && quarterWord ? closingDay(text.slice(end, end + CLOSING_WINDOW), lang) : null;
    out.push({
      // "the latest quarter" is the story's own quarter (later comparisons count from it); a year-earlier one is not,
      // nor one named by its closing day (a calendar quarter, where the story may count fiscal ones)
      start, end, type: 'DATE', rule: kind === 'current' && !closing ? 'currentPeriod' : 'reportingPeriod', priority: 6,
      resolve: (env) => (closing ? quarterEndingOn(closing, env) : null) ?? resolvePeriod(kind, quarterWord, env),
    });
  }
  return out;
}

/** Characters after "the quarter" searched for the day it closed. */
const CLOSING_WINDOW = 40;

/** "ended Sept. 30", "ending July 31, 1989" right after a quarter: the month and day it closed. */
function closingDay(after: string, lang: LanguageTable): { month: number; day: number; year?: number } | null {
  const m = new RegExp(`^${lang.reportingPeriods!.periodEnded}(?<m>${patternsFor(lang).monthOrAbbr})\\s+(?<d>${DAY})(?:,?\\s+(?<y>${YEAR}))?`, 'iu').exec(after);
  const month = m ? lookupMonth(lang, m.groups!.m!) : undefined;
  if (!m || month === undefined) return null;
  return { month, day: Number(m.groups!.d), year: m.groups!.y ? Number(m.groups!.y) : undefined };
}

/**
 * The calendar quarter of three months that closed on that day: the one holding its middle
 * month, so a quarter ended Sept. 30 is Q3 and one ended July 31 (May to July) is Q2,
 * whatever the company calls it in its fiscal year.
 */
function quarterEndingOn(closing: { month: number; day: number; year?: number }, env: ResolveEnv): Resolution | null {
  const date = closing.year !== undefined ? makeDate(closing.year, closing.month, closing.day) : resolveMonthDay(closing.month, closing.day, env.published, 'past');
  if (!date) return null;
  const middle = date.minus({ months: 1 });
  return { value: `${pad(middle.year, 4)}-Q${quarterOf(middle)}`, precision: 'quarter' };
}

function resolvePeriod(kind: 'fiscalYear' | 'yearEarlier' | 'current', quarterWord: boolean, env: ResolveEnv): Resolution {
  if (kind === 'fiscalYear') return { value: pad(env.now.year, 4), precision: 'year' };
  // earnings are reported after the quarter closes: with no quarter named, the last completed one
  const lastCompleted = env.now.startOf('quarter').minus({ months: 3 });
  if (kind === 'current') {
    const quarter = env.anchors.quarter ?? lastCompleted;
    return { value: `${pad(quarter.year, 4)}-Q${quarterOf(quarter)}`, precision: 'quarter' };
  }
  const told = comparedQuarter(env.anchors);
  const quarter = told ?? lastCompleted;
  // "the year-ago quarter", or any year-earlier period of a story that reports on a quarter, is a quarter
  if (told || quarterWord) {
    const q = quarter.minus({ years: 1 });
    return { value: `${pad(q.year, 4)}-Q${quarterOf(q)}`, precision: 'quarter' };
  }
  return { value: pad(quarter.year - 1, 4), precision: 'year' };
}

function regexFor(lang: LanguageTable): RegExp | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const p = lang.reportingPeriods;
  const re = p
    ? new RegExp(`${WB_LEFT}(?:(?<ended>${p.yearEnded})|(?:${p.yearPeriod})|(?<ye>${p.yearEnd})|(?<fy>${p.fiscalYear})|(?<ago>${p.yearEarlier})|(?<cur>${p.current}))${WB_RIGHT}`, 'giu')
    : null;
  cache.set(lang, re);
  return re;
}
