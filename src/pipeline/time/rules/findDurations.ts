import type { DateTime } from 'luxon';
import type { Candidate, ResolveEnv, Resolution } from '../candidate';
import type { CalendarUnit, DurationUnit, LanguageTable } from '../languages/LanguageTable';
import { dayValue, pad, precisionForUnit, quarterOf, shiftUnit, valueForUnit } from '../calendar';
import { toldJustBefore } from '../sentenceBounds';
import { durationValue } from '../durationValue';
import { definiteBefore, parseNumber, patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT, alternation, norm, optionalRegex } from '../regexUtil';
import { comparedQuarter } from '../comparedQuarter';

/** The table's duration phrases, compiled once per table. */
interface DurationRegexes {
  re: RegExp; after: RegExp; someDayBefore: RegExp | null; rateBefore: RegExp;
  article: RegExp; one: RegExp; definiteLead: RegExp; definiteBefore: RegExp | null; ageSuffix: RegExp; ageAfter: RegExp;
  fractionSuffix: RegExp; fractionAfter: RegExp; frequencyBefore: RegExp; vague: RegExp;
}
const cache = new WeakMap<LanguageTable, DurationRegexes | null>();

/**
 * Amounts of time: "two days", "its 28-month conflict", "more than a year", "the past
 * nine days", "several years". A following "ago" makes a date counted back from now
 * ("two years ago"); "later"/"earlier" at the end of a clause make a date counted from
 * the story's last date ("two days later"). "two days after <event>" stays a DURATION:
 * the event has no date we know.
 */
export function findDurations(text: string, lang: LanguageTable): Candidate[] {
  const rx = regexesFor(lang);
  if (!rx) return [];
  const { re, after, someDayBefore, rateBefore } = rx;
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const unit = lang.durationUnits[norm(g.unit ?? '')];
    let amount = parseNumber(g.num ?? '', lang);
    if (!unit || amount === undefined) continue;
    if (g.half || g.half2) amount += 0.5;
    // "half an hour", "half a day": half of one unit ("half two days" stays two days)
    const halved = g.halfOf !== undefined && amount === 1;
    if (halved) amount = 0.5;
    const plural = /s$/i.test(g.unit ?? '') && !/s$/i.test(g.unit?.replace(/s$/i, '') ?? '');
    // "a years", "one days" are not English; a bare "a" with a plural is a false match
    if (amount === 1 && plural && rx.article.test(g.num ?? '')) continue;
    // "a second A380", "about a quarter of its dealers": ordinals and fractions, not durations
    if ((unit === 'second' || unit === 'quarter') && rx.article.test(g.num ?? '')) continue;
    // "three-quarters of its food": a fraction
    if (unit === 'quarter' && rx.fractionSuffix.test(m[0]) && rx.fractionAfter.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    let start = m.index;
    let end = start + m[0].length;
    if (g.halfOf && !halved) start += m[0].indexOf(g.num!);
    // "CBS's 60 Minutes.", "the 24 Hours of Le Mans": a capitalised unit in running text names a show or a race
    if (/^\p{Lu}/u.test(g.unit ?? '') && /^(?:["'”’)]*[.,;:!?]|["'”’)]*\s+\p{Ll})/u.test(text.slice(end, end + 4))) continue;
    // ages ("a 6-year-old boy", "he is 52 years old") are not temporal expressions in TimeML
    if (rx.ageSuffix.test(m[0]) || rx.ageAfter.test(text.slice(end, end + 5))) continue;
    const value = durationValue(amount, unit);
    // "Islam will one day be", "he hopes he one day follows": some day ahead, not a day long
    // (a modal or a subject right before "one day", and a verb after it)
    if (unit === 'day' && rx.one.test(g.num ?? '') && !g.rel && !g.q && someDayBefore?.test(text.slice(Math.max(0, start - 12), start)) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3))) {
      out.push({ start, end, type: 'DATE', rule: 'reference', priority: 6, resolve: () => ({ value: 'FUTURE_REF', precision: null }) });
      continue;
    }
    const tail = g.rel ? null : after.exec(text.slice(end, end + 40));
    // "15 a year", "$5 billion a year", "twice a week": a rate, i.e. a SET
    if (!tail && rx.article.test(g.num ?? '') && !g.q && !g.rel && rateBefore.test(text.slice(Math.max(0, start - 12), start))) {
      // "twice a year", "three times a week": the frequency is part of the SET's extent (TIMEX3 freq)
      const freq = rx.frequencyBefore.exec(text.slice(Math.max(0, start - 20), start));
      const setStart = freq ? start - freq[0].length : start;
      out.push({ start: setStart, end, type: 'SET', rule: 'rate', priority: 6, resolve: () => ({ value: durationValue(1, unit), precision: null }) });
      continue;
    }

    if (tail?.groups?.ago || tail?.groups?.fromNow) {
      end += tail[0].length;
      out.push(relativeCandidate(text, start, end, amount, unit, tail.groups.ago ? -1 : 1, 'ago'));
      continue;
    }
    // "a few days later": no date can be computed; the amount stays a vague DURATION
    if (Number.isNaN(amount) && (tail?.groups?.later || tail?.groups?.earlier || tail?.groups?.earlier2)) {
      out.push({ start, end, type: 'DURATION', rule: 'duration', priority: 5, resolve: () => ({ value, precision: null }) });
      continue;
    }
    if (tail?.groups?.later || tail?.groups?.earlier || tail?.groups?.earlier2) {
      end += tail[0].length;
      out.push(relativeCandidate(text, start, end, amount, unit, tail.groups.later ? 1 : -1, 'later'));
      continue;
    }
    if (g.rel && rx.definiteLead.test(g.rel)) start += g.rel.length; // "the two days" → "two days"
    out.push({ start, end, type: 'DURATION', rule: 'duration', priority: 5, resolve: () => ({ value, precision: null }) });
  }
  for (const c of findVagueDurations(text, lang, rx)) out.push(c);
  return out;
}

/**
 * Plural units with no number: "in years", "for decades", "in recent years", "over the
 * years", "decades-long", "in just minutes" → PXY, PXY, PTXM. Only after a word that
 * makes them a stretch of time, so "the years of war" is left alone.
 */
function findVagueDurations(text: string, lang: LanguageTable, rx: DurationRegexes): Candidate[] {
  const out: Candidate[] = [];
  const re = rx.vague;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const unit = lang.durationUnits[norm(g.unit ?? g.unit2 ?? g.unit3 ?? g.unit4 ?? g.unit5 ?? '')];
    if (!unit) continue;
    const value = durationValue(NaN, unit);
    let start = m.index + (g.lead?.length ?? g.lead2?.length ?? 0);
    // "the next few days", "the weeks ahead": "the" is matched behind, so the regex need not start at every "the"
    const the = g.unit2 || g.unit5 ? rx.definiteBefore?.exec(text.slice(Math.max(0, start - 5), start)) : null;
    if (the) start -= the[0].length;
    if (g.unit5 && !the) continue;
    out.push({ start, end: m.index + m[0].length, type: 'DURATION', rule: 'vagueDuration', priority: 4, resolve: () => ({ value, precision: null }) });
  }
  return out;
}

/** "a year earlier" this many characters (three or four news paragraphs) after a named quarter still compares with it. */
const QUARTER_COMPARISON_REACH = 1000;

/** Up to this many weeks back, "weeks ago" names a day ("two weeks ago", the same weekday); beyond, only a week. */
const WEEKS_AGO_AS_DAY = 2;

/** "two years ago" counts back from now, "two weeks from now" on from it; "two days later" counts from the story's last date. */
function relativeCandidate(text: string, start: number, end: number, amount: number, unit: DurationUnit, sign: number, kind: 'ago' | 'later'): Candidate {
  return {
    start, end, type: 'DATE', rule: kind, priority: 8, deictic: kind === 'ago',
    resolve: (env): Resolution | null => {
      if (Number.isNaN(amount)) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', precision: null };
      // "a week ago" is a day seven days back; "six weeks ago" is a week (a day would claim more than it says); "a month ago" stays a month
      const weekAsDay = unit === 'week' && kind === 'ago' && amount <= WEEKS_AGO_AS_DAY;
      // "half a century ago" is fifty years back: a year, not a century
      if ((unit === 'century' || unit === 'decade') && !Number.isInteger(amount)) {
        const years = Math.round(amount * (unit === 'century' ? 100 : 10));
        const date = (kind === 'ago' ? env.now : anchorFor('year', env)).plus({ years: sign * years });
        return { value: valueForUnit(date, 'year'), precision: 'year' };
      }
      const cal = weekAsDay ? 'day' : calendarUnit(unit);
      if (weekAsDay) {
        const day = env.now.plus({ weeks: sign * amount });
        return { value: dayValue(day), precision: 'day', date: day };
      }
      // "a year earlier" right after "the third quarter" compares quarters (TimeBank: 1988-Q3)
      const told = cal === 'year' ? comparedQuarter(env.anchors) : null;
      if (told && (toldJustBefore(text, start, env.anchors.quarterEnd) || start - env.anchors.quarterEnd! <= QUARTER_COMPARISON_REACH)) {
        const q = told.plus({ years: sign * amount });
        return { value: `${pad(q.year, 4)}-Q${quarterOf(q)}`, precision: 'quarter' };
      }
      const base = kind === 'ago' ? env.now : anchorFor(cal, env);
      const date = shiftUnit(base, cal, sign * (cal === 'day' && unit !== 'day' ? 0 : amount));
      if (cal === 'day') return { value: dayValue(date), precision: 'day', date };
      // "up from $5 million a year earlier ... compared with $9 million a year earlier": each compares with
      // the story's own year, so a year counted back is no anchor for the next (no chain to two years back)
      const comparison = kind === 'later' && sign < 0 && cal === 'year';
      return { value: valueForUnit(date, cal), precision: precisionForUnit(cal), date: cal === 'week' || comparison ? undefined : date };
    },
  };
}

function calendarUnit(unit: DurationUnit): CalendarUnit {
  return unit === 'second' || unit === 'minute' || unit === 'hour' ? 'day' : unit;
}

export function anchorFor(unit: CalendarUnit, env: ResolveEnv): DateTime {
  const a = env.anchors;
  if (unit === 'day' || unit === 'week' || unit === 'weekend') return a.day ?? env.published;
  if (unit === 'month') return a.month ?? a.day ?? env.published;
  return a.year ?? a.month ?? a.day ?? env.published;
}

function regexesFor(lang: LanguageTable): DurationRegexes | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const d = lang.durationPhrases;
  if (!d || Object.keys(lang.durationUnits).length === 0) {
    cache.set(lang, null);
    return null;
  }
  const p = patternsFor(lang);
  const rel = `(?<rel>${d.lead})`;
  const q = `(?:(?<q>${alternation(lang.durationQualifiers)})\\s+)?`;
  const fill = lang.durationFillers.length ? `(?:[\\s-]+(?:${alternation(lang.durationFillers)}))?` : '';
  const halfOf = lang.halfWords.length ? `(?:(?<halfOf>${alternation(lang.halfWords)})\\s+)?` : '';
  const src = `${rel}${q}${halfOf}(?<num>${p.number})(?<half>${d.andAHalf}|\\s+1/2|\\s*½)?${fill}[\\s-]+(?<unit>${p.durationUnit})(?:${d.suffix})?(?<half2>${d.andAHalf})?`;
  const re = new RegExp(WB_LEFT + src + WB_RIGHT, 'giu');
  const ago = alternation(lang.agoWords);
  const fromNow = alternation(lang.fromNowWords);
  const later = alternation(lang.laterWords);
  // "two days earlier" counts back from the story's date; "two days before the vote" needs the vote's date
  const adverbs = alternation(lang.earlierWords);
  const clauseFinal = alternation(lang.beforeWords);
  const hedge = lang.approximateTail ? `(?:${lang.approximateTail})?` : '';
  const after = new RegExp(
    `^${hedge}\\s+(?:(?<ago>${ago})|(?<fromNow>${fromNow})|(?<later>${later})(?!\\s+than)|(?<earlier>${adverbs})(?!\\s+than)|(?<earlier2>${clauseFinal})(?=\\s*(?:[,.;:!?)"”]|$)))(?![\\p{L}])`,
    'iu',
  );
  const someDayBefore = optionalRegex(lang.someDayBefore);
  // a digit or "%" before "a year" makes a rate in every language ("15% a year"); the table adds its words ("twice", "billion")
  const rateBefore = new RegExp(`(?:[0-9%]\\s+${lang.rateBefore ? `|${lang.rateBefore}` : ''})$`, 'iu');
  const plurals = alternation(Object.keys(lang.durationUnits).filter((w) => w.endsWith('s') || w.endsWith('ies')));
  const vague = new RegExp(
    `${WB_LEFT}(?:(?<lead>(?:${d.vagueLead})\\s+)(?:(?:${d.vagueModifier})\\s+)?(?<unit>${plurals})(?=\\s*[,.;:!?)"”]|\\s+(?:${d.vagueEnd})\\b|$)` +
      `|(?<lead2>(?:${d.vagueForLead})\\s+)(?<unit4>${plurals})(?!\\s+(?:${d.vagueNotAfter})\\b)` +
      `|(?:${d.vaguePrefix})\\s+(?<unit2>${plurals})|(?<unit5>${plurals})\\s+(?:${d.vagueAhead})|(?<unit3>${plurals})(?:${d.vagueLong}))${WB_RIGHT}`,
    'giu',
  );
  const rx: DurationRegexes = {
    re, after, someDayBefore, rateBefore, vague,
    article: new RegExp(`^(?:${d.article})$`, 'iu'),
    one: new RegExp(`^(?:${d.one})$`, 'iu'),
    definiteLead: new RegExp(`^(?:${lang.definiteArticle})\\s+$`, 'iu'),
    definiteBefore: definiteBefore(lang),
    ageSuffix: new RegExp(`(?:${d.ageSuffix})$`, 'iu'),
    ageAfter: new RegExp(`^(?:${d.ageAfter})`, 'iu'),
    fractionSuffix: new RegExp(`(?:${d.fractionSuffix})$`, 'iu'),
    fractionAfter: new RegExp(`^(?:${d.fractionAfter})`, 'iu'),
    frequencyBefore: new RegExp(d.frequencyBefore, 'iu'),
  };
  cache.set(lang, rx);
  return rx;
}
