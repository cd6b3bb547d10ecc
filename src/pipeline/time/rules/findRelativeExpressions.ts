import type { Candidate } from '../candidate';
import type { CalendarUnit, DeicticEntry, LanguageTable, ReferenceValue } from '../languages/LanguageTable';
import { dayValue, precisionForUnit, shiftUnit, valueForUnit } from '../calendar';
import { patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT, alternation, isCapitalized, norm, optionalRegex } from '../regexUtil';

interface RelativeRegexes {
  wordRe: RegExp | null; unitRe: RegExp | null; nounBefore: RegExp | null;
  /** What makes a deictic word generic before and after it ("the cars of tomorrow"). */
  genericFrame: { before: RegExp; notAfter: RegExp } | null;
}
const cache = new WeakMap<LanguageTable, RelativeRegexes>();

/**
 * Expressions relative to "now": "today", "yesterday morning", "mid-afternoon yesterday", "tonight", "last month",
 * "this year", "next week", "last weekend", "на прошлой неделе". "the past week" is a
 * stretch of time, not a calendar week, so it becomes a DURATION.
 */
export function findRelativeExpressions(text: string, lang: LanguageTable): Candidate[] {
  const { wordRe, unitRe, nounBefore, genericFrame } = regexesFor(lang);
  const out: Candidate[] = [];
  if (wordRe) {
    wordRe.lastIndex = 0;
    for (const m of text.matchAll(wordRe)) {
      const g = m.groups ?? {};
      const key = norm(g.w ?? '');
      const entry = lang.deicticWords[key] ?? lang.relativePhrases[key];
      if (!entry) continue;
      // "mid-afternoon yesterday": a part of the day before a day word is that day's part
      const lead = g.lead && entry.unit === 'day' && !entry.part && !g.part ? g.lead : undefined;
      const start = lead || !g.lead ? m.index : m.index + m[0].indexOf(g.w ?? '', g.lead.length);
      // "the last night of the fair", "an overnight stay": after a determiner the day word is a noun, not a date
      if (isTitleWord(text, start, g.w ?? '', lang) || nounBefore?.test(text.slice(Math.max(0, start - 12), start))) continue;
      // "the cars of tomorrow", "the leaders of tomorrow": the future in general, no day
      const end = m.index + m[0].length;
      const generic = !g.part && !lead ? genericValue(lang, genericFrame, key, text.slice(Math.max(0, start - GENERIC_REACH), start), text.slice(end, end + 3)) : undefined;
      if (generic) {
        out.push({ start, end, type: 'DATE', rule: 'reference', priority: 6, resolve: () => ({ value: generic, precision: null }) });
        continue;
      }
      const part = g.part ? lang.partsOfDay[norm(g.part)] : lead ? lang.partsOfDay[norm(lead)] : entry.part;
      out.push(deicticCandidate(start, end, entry.unit, entry.offset, part, 'deictic'));
    }
  }
  if (unitRe) {
    unitRe.lastIndex = 0;
    for (const m of text.matchAll(unitRe)) {
      const g = m.groups ?? {};
      const modWord = norm(g.mod ?? '');
      const offset = lang.modifiers[modWord];
      const start = m.index;
      const end = start + m[0].length;
      if (g.part) {
        // "this morning" is today's; "last morning" is not a thing we resolve
        if (modWord === 'this') out.push(deicticCandidate(start, end, 'day', 0, lang.partsOfDay[norm(g.part)], 'thisPart'));
        continue;
      }
      const unit = lang.calendarUnits[norm(g.unit ?? '')];
      if (offset === undefined || !unit) continue;
      if (g.the && offset < 0 && modWord === 'past') {
        // "the past week/decade": the stretch up to now
        const value = unit === 'decade' ? 'P10Y' : unit === 'century' ? 'P100Y' : `P1${durationLetter(unit)}`;
        out.push({ start, end, type: 'DURATION', rule: 'thePastUnit', priority: 6, resolve: () => ({ value, precision: null }) });
        continue;
      }
      if (unit === 'day') continue; // "this day", "next day" are anaphoric, handled elsewhere
      // "This Week" (a programme) capitalises every word; a sentence would write "This week"
      if (lang.capitalizedNames && m[0].split(/\s+/).every(isCapitalized) && !isTitleCaseLine(text, start)) continue;
      out.push(deicticCandidate(start, end, unit, offset, undefined, 'modUnit'));
    }
  }
  return out;
}

/** Characters before a deictic word searched for the word that makes it generic. */
const GENERIC_REACH = 6;

/** The value a generic deictic word takes ("of tomorrow" → FUTURE_REF), or undefined when it names a day. */
function genericValue(lang: LanguageTable, frame: RelativeRegexes['genericFrame'], key: string, before: string, after: string): ReferenceValue | undefined {
  const value = lang.genericDeictic?.values[key];
  return value && frame && frame.before.test(before) && !frame.notAfter.test(after) ? value : undefined;
}

/**
 * "the Today programme", "Today's paper", "USA Today": a deictic word capitalised inside a
 * sentence is a name when "the" or another capitalised word precedes it, or a title noun follows.
 */
function isTitleWord(text: string, start: number, word: string, lang: LanguageTable): boolean {
  if (!lang.capitalizedNames || !isCapitalized(word)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  if (/\bthe\s+$/.test(before)) return true;
  if (/(?:^|[.!?:;"“”'‘’(\n]|—|–)\s*$/.test(before)) return false; // sentence start: an ordinary capital
  if (isTitleCaseLine(text, start)) return false; // a headline capitalises every word
  if (/\b\p{Lu}[\p{L}.]*\s+$/u.test(before) && !/\b(?:On|And|But|Until|By|From|Since|As|Or|For)\s+$/.test(before)) return true;
  return titleNounRe(lang).test(text.slice(start + word.length, start + word.length + 24));
}

function isTitleCaseLine(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos) + 1;
  const nl = text.indexOf('\n', pos);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  return !/(?<![\p{L}])\p{Ll}\p{L}{3,}/u.test(line);
}

const titleCache = new WeakMap<LanguageTable, RegExp>();
function titleNounRe(lang: LanguageTable): RegExp {
  let re = titleCache.get(lang);
  if (!re) {
    re = new RegExp(`^(?:['’]s)?\\s+(?:${alternation(lang.titleNouns)})${WB_RIGHT}`, 'iu');
    titleCache.set(lang, re);
  }
  return re;
}

function durationLetter(unit: CalendarUnit): string {
  return unit === 'month' ? 'M' : unit === 'week' || unit === 'weekend' ? 'W' : unit === 'day' ? 'D' : unit === 'quarter' ? 'Q' : 'Y';
}

export function deicticCandidate(
  start: number, end: number, unit: CalendarUnit, offset: number, part: DeicticEntry['part'], rule: string,
): Candidate {
  return {
    start, end, type: part ? 'TIME' : 'DATE', rule, priority: 7, deictic: unit === 'day', acceptsPrefix: true,
    resolve: (env) => {
      const date = unit === 'weekend' && offset === 0 ? nearbyWeekend(env.now, env.tense()) : shiftUnit(env.now, unit, offset);
      if (part) return { value: `${dayValue(date)}T${part}`, precision: 'day', type: 'TIME', date };
      const value = valueForUnit(date, unit);
      const start = unit === 'day' ? date : undefined;
      return { value, precision: precisionForUnit(unit), date: start ?? periodStart(date, unit) };
    },
  };
}

/** First day of the unit containing d; lets "last month" anchor later month anaphora. */
function periodStart(d: import('luxon').DateTime, unit: CalendarUnit) {
  if (unit === 'month') return d.startOf('month');
  if (unit === 'year') return d.startOf('year');
  return undefined;
}

function regexesFor(lang: LanguageTable): RelativeRegexes {
  const cached = cache.get(lang);
  if (cached) return cached;
  const p = patternsFor(lang);
  const words = [...Object.keys(lang.deicticWords), ...Object.keys(lang.relativePhrases)];
  const hasParts = Object.keys(lang.partsOfDay).length > 0;
  const partSuffix = hasParts ? `(?:\\s+(?<part>${p.partOfDay}))?` : '';
  const partLead = hasParts ? `(?:(?<lead>${p.partOfDay})\\s+)?` : '';
  const wordRe = words.length ? new RegExp(`${WB_LEFT}${partLead}(?<w>${alternation(words)})${partSuffix}${WB_RIGHT}`, 'giu') : null;
  const unitAlt = hasParts ? `(?<unit>${p.calendarUnit})|(?<part>${p.partOfDay})` : `(?<unit>${p.calendarUnit})`;
  const unitRe = Object.keys(lang.modifiers).length
    ? new RegExp(`${WB_LEFT}${lang.definiteArticle ? `(?<the>${lang.definiteArticle}\\s+)?` : ''}(?<mod>${p.modifier})\\s+(?:${unitAlt})${WB_RIGHT}`, 'giu')
    : null;
  const g = lang.genericDeictic;
  const genericFrame = g ? { before: new RegExp(g.before, 'iu'), notAfter: new RegExp(g.notAfter, 'u') } : null;
  const regexes = { wordRe, unitRe, nounBefore: optionalRegex(lang.deicticNounBefore), genericFrame };
  cache.set(lang, regexes);
  return regexes;
}

/**
 * "this weekend", "the weekend", "over the weekend": the weekend just gone in a past
 * clause, the coming one in a future clause; with no cue, early in the week means the
 * one just gone. Returns a day inside that weekend's ISO week.
 */
function nearbyWeekend(now: import('luxon').DateTime, tense: import('../candidate').Tense) {
  if (now.weekday >= 6) return now;
  const past = tense === 'past' || (tense === 'unknown' && now.weekday <= 3);
  return past ? now.minus({ weeks: 1 }) : now;
}
