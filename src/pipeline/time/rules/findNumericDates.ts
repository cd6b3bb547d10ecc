import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { dayValue, makeDate, pad } from '../calendar';

const ISO = /(?<![0-9A-Za-z./-])(?<y>[12][0-9]{3})-(?<m>[01][0-9])-(?<d>[0-3][0-9])(?:[T ](?<h>[0-2][0-9]):(?<mi>[0-5][0-9]))?(?![0-9A-Za-z/-])/g;
const SLASHED = /(?<![0-9A-Za-z./-])(?<a>[0-9]{1,2})([/.])(?<b>[0-9]{1,2})\2(?<y>[0-9]{4}|[0-9]{2})(?![0-9A-Za-z/]|\.[0-9])/g;

/** "2023-11-07", "7/8/07" (month first in English unless it cannot be: "21/03/2013"), "07.11.2023" (day first). */
export function findNumericDates(text: string, lang: LanguageTable): Candidate[] {
  const out: Candidate[] = [];
  ISO.lastIndex = 0;
  for (const m of text.matchAll(ISO)) {
    const g = m.groups ?? {};
    const date = makeDate(Number(g.y), Number(g.m), Number(g.d));
    if (!date) continue;
    const time = g.h && g.mi ? `T${g.h}:${g.mi}` : '';
    out.push({
      start: m.index, end: m.index + m[0].length, type: time ? 'TIME' : 'DATE', rule: 'iso', priority: 10, explicitDay: true,
      resolve: () => ({ value: dayValue(date) + time, precision: time ? 'minute' : 'day', date }),
    });
  }
  SLASHED.lastIndex = 0;
  for (const m of text.matchAll(SLASHED)) {
    const g = m.groups ?? {};
    const sep = m[2];
    const a = Number(g.a);
    const b = Number(g.b);
    // English writes month first with slashes (US), unless the first number cannot be a month ("21/03/2013",
    // British); dotted dates and other languages put the day first.
    const monthFirst = lang.code === 'en' && sep === '/' && a <= 12;
    let year = Number(g.y);
    if ((g.y ?? '').length === 2) year += year < 50 ? 2000 : 1900;
    const date = monthFirst ? makeDate(year, a, b) : makeDate(year, b, a);
    if (!date) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'slashed', priority: 9, explicitDay: true,
      resolve: () => ({ value: dayValue(date), precision: 'day', date }),
    });
  }
  return out;
}

export { pad };
