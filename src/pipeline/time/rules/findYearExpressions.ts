import { DateTime } from 'luxon';
import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { pad } from '../calendar';
import { YEAR } from '../patterns';
import { alternation, optionalRegex } from '../regexUtil';

/**
 * Money, counts and identifiers that a four-digit number can belong to.
 * A capital A with a space is the article ("A 1996 law"), not an Airbus.
 * A hyphen after a word is a prefix ("mid-1996", "post-1959"), not a minus.
 */
const BEFORE_NOT_YEAR = /(?:[$€£¥#№]|US\$|\b(?:A\.?|(?:B|F|Su|Tu|MiG)\.?\s?)|[0-9][.,]|[+−×x*/]\s?|(?<!\b(?:[Mm]id|[Pp]re|[Pp]ost|[Ee]arly|[Ll]ate))-\s?)$/u;
/** Symbols and digits next to a number that make it a quantity in every language ("2000%", "1500.5", "2000x", "2000-5000"). */
const AFTER_NOT_YEAR = /^(?:\s*(?:%|[.,:][0-9]|[0-9]|-[0-9]|x\b))/i;

/** The language's words that tell a number is not a year, compiled once per table. */
interface YearCues {
  labelBefore: RegExp | null; unitAfter: RegExp | null; leadWords: Set<string>; ageBefore: RegExp | null; fiscalYear: RegExp | null;
  decadeWords: RegExp | null; decadeHints: string[];
}
const cueCache = new WeakMap<LanguageTable, YearCues>();

function cuesFor(lang: LanguageTable): YearCues {
  let c = cueCache.get(lang);
  if (!c) {
    c = {
      labelBefore: optionalRegex(lang.notYear.labelBefore),
      unitAfter: optionalRegex(lang.notYear.unitAfter),
      // a month or season name may open a sentence before a year too ("June 2014 saw ...")
      leadWords: new Set([...lang.yearLeadWords, ...Object.keys(lang.months), ...Object.keys(lang.seasons)]),
      ageBefore: optionalRegex(lang.ageBefore),
      // "the late nineties": a span prefix may stand between the article and the decade
      decadeWords: lang.decadeWords && lang.definiteArticle
        ? new RegExp(`(?<![\\p{L}])(?:${lang.definiteArticle})\\s+(?:(?:${alternation(lang.spanPrefixes)})[\\s-]+)?(?<w>${alternation(Object.keys(lang.decadeWords))})(?![\\p{L}])`, 'giu')
        : null,
      decadeHints: Object.keys(lang.decadeWords ?? {}),
      fiscalYear: lang.fiscalYearAbbreviation ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${lang.fiscalYearAbbreviation})\\s?(?<y>${YEAR}|[0-9]{2})(?![\\p{L}\\p{N}_])`, 'gu') : null,
    };
    cueCache.set(lang, c);
  }
  return c;
}

/** "the '80s", "the eighties": a decade of the last century unless that would be in the future of 2000s readers. */
function shortDecade(start: number, end: number, d: number): Candidate {
  return {
    start, end, type: 'DATE', rule: 'decade', priority: 5, acceptsPrefix: true,
    resolve: (env) => {
      const century = 19 * 10 + d <= Math.floor(env.published.year / 10) - 10 ? 20 : 19;
      return { value: `${century}${d}`, precision: 'decade' };
    },
  };
}

/** A capitalised word right before the number that does not open a sentence: "Russell 2000 Index", "Windows 2000 Server". */
function followsNameWord(text: string, index: number, leadWords: Set<string>): boolean {
  const m = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, index - 24), index));
  const w = m?.[1];
  if (!w || leadWords.has(w.toLowerCase())) return false;
  return w.charAt(0) !== w.charAt(0).toLowerCase();
}

/** Until this many years into a century, its "00s" are the decade ("the 2000s" in 2013), after that the century ("the 1900s" in 1998). */
const YOUNG_CENTURY_YEARS = 50;

/**
 * Bare years ("annexed in 2014", "the 1973 oil crisis"), decades ("the 1990s",
 * "80s", "the nineties") and centuries ("the 20th century"). A four-digit number is a year unless money,
 * a unit or a count noun next to it says it is a quantity.
 */
export function findYearExpressions(text: string, lang: LanguageTable): Candidate[] {
  const out: Candidate[] = [];
  const cues = cuesFor(lang);
  const yearRe = new RegExp(`(?<![\\p{L}\\p{N}_'’]|[\\p{N}]-)(?<y>${YEAR})(?<s>s|'s|’s)?${lang.yearSuffix ? `(?:${lang.yearSuffix})?` : ""}(?![\\p{L}\\p{N}_])`, 'gu');
  for (const m of text.matchAll(yearRe)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (BEFORE_NOT_YEAR.test(before) || cues.labelBefore?.test(before) || AFTER_NOT_YEAR.test(after) || cues.unitAfter?.test(after)) continue;
    if (followsNameWord(text, m.index, cues.leadWords) && /^\s+[A-Z]/.test(after)) continue;
    const y = Number(m.groups?.y);
    const plural = m.groups?.s === 's';
    if (plural && y % 10 !== 0) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'year', priority: 5, acceptsPrefix: true,
      resolve: (env) => {
        // "the 1700s" is a century (TIMEX3 "17"), "the 1990s" a decade ("199"); "the 2000s" read
        // while that century is young is its first decade, as "the early 1900s" was in 1905
        const century = plural && y % 100 === 0 && env.published.year >= y + YOUNG_CENTURY_YEARS;
        const value = century ? pad(y / 100, 2) : plural ? pad(Math.floor(y / 10), 3) : pad(y, 4);
        // a year told gives "two years later" and "that year" their year
        return { value, precision: century ? 'century' : plural ? 'decade' : 'year', date: century || plural ? undefined : DateTime.utc(y, 1, 1) };
      },
    });
  }
  for (const c of spelledYears(text, lang)) out.push(c);
  for (const c of yearRanges(text, cues)) out.push(c);
  for (const c of fiscalYears(text, cues.fiscalYear)) out.push(c);
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_])['’]?(?<d>[0-9])0s(?![\p{L}\p{N}_])/gu)) {
    // "in his 30s", "women in their early 20s": an age, not a decade
    if (cues.ageBefore?.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push(shortDecade(m.index, m.index + m[0].length, Number(m.groups?.d)));
  }
  // the regex would try every "the": look for a decade word first
  if (cues.decadeWords && cues.decadeHints.some((w) => text.includes(w))) {
    cues.decadeWords.lastIndex = 0;
    for (const m of text.matchAll(cues.decadeWords)) {
      const w = m.groups?.w ?? '';
      const d = lang.decadeWords?.[w.toLowerCase()];
      if (d !== undefined) out.push(shortDecade(m.index + m[0].length - w.length, m.index + m[0].length, d));
    }
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_])(?<c>[0-9]{1,2})(?:st|nd|rd|th)[\s-]+century(?![\p{L}])/giu)) {
    const c = Number(m.groups?.c);
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'century', priority: 5, acceptsPrefix: true,
      resolve: () => ({ value: pad(c - 1, 2), precision: 'century' }),
    });
  }
  // "the turn of the century": the century boundary nearest to now (TIMEX3 century of that boundary)
  for (const m of text.includes('turn of') ? text.matchAll(/(?<![\p{L}])the\s+turn\s+of\s+the\s+century(?![\p{L}])/giu) : []) {
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'centuryTurn', priority: 6,
      resolve: (env) => ({ value: pad(Math.round(env.published.year / 100), 2), precision: 'century' }),
    });
  }
  return out;
}

/** "FY2013", "FY 2013", "FY13": a fiscal year, dated by its number as "fiscal 2013" is. */
function fiscalYears(text: string, re: RegExp | null): Candidate[] {
  if (!re) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const digits = m.groups!.y!;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'fiscalYear', priority: 6,
      // "FY13" is the year of that number in the century of publication
      resolve: (env) => ({ value: digits.length === 4 ? digits : pad(Math.floor(env.published.year / 100) * 100 + Number(digits), 4), precision: 'year' }),
    });
  }
  return out;
}

/** A year range spans at most this many years ("1999-2000", "2012–13"); a wider one is more often a quantity range. */
const MAX_YEAR_RANGE = 10;
const YEAR_RANGE = new RegExp(`(?<![\\p{L}\\p{N}_.,-])(?<a>${YEAR})\\s?[-–—/]\\s?(?<b>[0-9]{4}|[0-9]{2})(?![\\p{L}\\p{N}_]|[-–/.,][0-9])`, 'gu');

/**
 * Year ranges: "1999-2000", "2010–2011", "1939-45" and a season or fiscal year "2012-13" (the
 * second year's last two digits, above 12 so it cannot be the month of an ISO "2011-12"). The
 * value is the first year, endValue the last, so the event spans both.
 */
function yearRanges(text: string, cues: YearCues): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(YEAR_RANGE)) {
    const a = Number(m.groups!.a);
    const tail = m.groups!.b!;
    const b = tail.length === 4 ? Number(tail) : Math.floor(a / 100) * 100 + Number(tail);
    if (b <= a || b - a > MAX_YEAR_RANGE || (tail.length === 2 && Number(tail) <= 12)) continue;
    // "$1999-2000", "flights 2010-2012", "1999-2000 dollars": quantities and labels, as for one year
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (BEFORE_NOT_YEAR.test(before) || cues.labelBefore?.test(before) || cues.unitAfter?.test(after)) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'yearRange', priority: 6, acceptsPrefix: true,
      resolve: () => ({ value: pad(a, 4), endValue: pad(b, 4), precision: 'year' }),
    });
  }
  return out;
}

const spelledCache = new WeakMap<LanguageTable, { re: RegExp; hint: RegExp } | null>();
/** Hundreds read out in years: from "seventeen" (1700s history) to "nineteen"; lower ones are mostly counts. */
const SPELLED_HUNDREDS_FROM = 17;

/**
 * Years read out in transcripts: "nineteen ninety-six" → 1996, "nineteen oh five" → 1905,
 * "the year two thousand" → 2000, "two thousand and three" → 2003. Only hundreds from
 * seventeen to nineteen: "twenty twenty" is as often a count.
 */
function spelledYears(text: string, lang: LanguageTable): Candidate[] {
  const res = spelledRegexFor(lang);
  if (!res || !res.hint.test(text)) return [];
  const { re } = res;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const num = (w: string | undefined) => (w ? lang.numberWords[w.toLowerCase()] ?? 0 : 0);
    const rest = num(g.t) + num(g.u) + num(g.t1) + num(g.u1);
    const y = g.c ? num(g.c) * 100 + rest : 2000 + num(g.t2) + num(g.u2) + num(g.u3);
    if (g.c && rest === 0) continue;
    // "two thousand people", "two thousand three hundred": a count, unless "the year" says otherwise
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (!/^the\s/i.test(m[0]) && (AFTER_NOT_YEAR.test(after) || /^[\s-]+\p{L}*(?:hundred|thousand)/iu.test(after) || (!g.c && !g.t2 && !g.u3))) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'spelledYear', priority: 5, acceptsPrefix: true,
      resolve: () => ({ value: pad(y, 4), precision: 'year' }),
    });
  }
  return out;
}

function spelledRegexFor(lang: LanguageTable): { re: RegExp; hint: RegExp } | null {
  if (spelledCache.has(lang)) return spelledCache.get(lang)!;
  const sp = lang.spelledYears;
  const words = Object.keys(lang.numberWords).filter((w) => !/\s/.test(w));
  const pick = (ok: (v: number) => boolean) => alternation(words.filter((w) => { const v = lang.numberWords[w]; return v !== undefined && ok(v); }));
  const units = pick((v) => v >= 1 && v <= 9);
  const teens = pick((v) => v >= 10 && v <= 19);
  const tens = pick((v) => v >= 20 && v <= 90 && v % 10 === 0);
  const hundreds = pick((v) => v >= SPELLED_HUNDREDS_FROM && v <= 19);
  const res = sp
    ? { hint: new RegExp(`(?:${hundreds}|${sp.twoThousand})[\\s-]`, 'i'), re: new RegExp(
      `(?<![\\p{L}])(?:${sp.prefix})?(?:(?<c>${hundreds})[\\s-]+(?:(?<t>${tens})(?:[\\s-]+(?<u>${units}))?|(?<t1>${teens})|${sp.zero}[\\s-]+(?<u1>${units}))` +
        `|${sp.twoThousand}(?:[\\s-]+(?:${sp.and}[\\s-]+)?(?:(?<t2>${tens}|${teens})(?:[\\s-]+(?<u2>${units}))?|(?<u3>${units})))?)(?![\\p{L}-])`,
      'giu',
    ) }
    : null;
  spelledCache.set(lang, res);
  return res;
}
