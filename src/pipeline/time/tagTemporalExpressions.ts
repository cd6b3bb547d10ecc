import { DateTime } from 'luxon';
import type { TagContext, TemporalExpression } from './types';
import type { Anchors, Candidate, ResolveEnv, Tense } from './candidate';
import type { LanguageTable } from './languages/LanguageTable';
import { getLanguageTable } from './languages';
import { parsePublished } from './calendar';
import { detectTense } from './detectTense';
import { sentenceBounds } from './sentenceBounds';
import { isLongReportingSpan } from './comparedQuarter';
import { extendWithSpanPrefixes, extendWithWeekFrames } from './extendWithSpanPrefixes';
import { selectNonOverlapping } from './selectNonOverlapping';
import { watchReference, type AnchorOrigins } from './watchReference';
import { StatementDates } from './reportedSpeech';
import { findDayMonthDates } from './rules/findDayMonthDates';
import { findMonthExpressions } from './rules/findMonthExpressions';
import { findNumericDates } from './rules/findNumericDates';
import { findClockTimes } from './rules/findClockTimes';
import { findYearExpressions } from './rules/findYearExpressions';
import { findRelativeExpressions } from './rules/findRelativeExpressions';
import { findWeekdays } from './rules/findWeekdays';
import { findPartsOfYear } from './rules/findPartsOfYear';
import { findDurations } from './rules/findDurations';
import { findAnaphora } from './rules/findAnaphora';
import { findSets } from './rules/findSets';
import { findReferenceWords } from './rules/findReferenceWords';
import { findOrdinalInMonth } from './rules/findOrdinalInMonth';
import { findReportingPeriods } from './rules/findReportingPeriods';
import { findHolidays } from './rules/findHolidays';
import { findPartsOfDay } from './rules/findPartsOfDay';
import { findBareDays } from './rules/findBareDays';

type Rule = (text: string, lang: LanguageTable) => Candidate[];

/** Every rule proposes candidates; overlaps are settled afterwards. Order does not matter. */
const RULES: Rule[] = [
  findDayMonthDates, findMonthExpressions, findNumericDates, findClockTimes, findYearExpressions,
  findRelativeExpressions, findWeekdays, findPartsOfYear, findDurations, findAnaphora, findSets, findReferenceWords, findOrdinalInMonth, findReportingPeriods, findHolidays, findPartsOfDay, findBareDays,
];

/**
 * Find and normalise the temporal expressions of a text. Deterministic: "now" is
 * context.published, never the clock. Expressions come back sorted and non-overlapping;
 * they are resolved left to right so anaphora ("the next day") see earlier dates.
 */
export function tagTemporalExpressions(text: string, context: TagContext): TemporalExpression[] {
  const lang = getLanguageTable(context.language);
  const published = parsePublished(context.published);
  const candidates = RULES.flatMap((rule) => rule(text, lang));
  extendWithSpanPrefixes(candidates, text, lang);
  extendWithWeekFrames(candidates, text, lang);
  const chosen = selectNonOverlapping(candidates);
  const statements = new StatementDates(text, lang, published);
  const anchors: Anchors = { day: null, month: null, year: null, dayEnd: null, quarter: null, quarterEnd: null, spanEnd: null };
  const origins: AnchorOrigins = { day: true, month: true, year: true, quarter: true };
  const out: TemporalExpression[] = [];
  // a date with no tense cue of its own takes the tense of the sentence's previous date
  // ("will leave on Monday from March 30, with the third flight departing from August 6")
  let lastTense: { sentence: number; tense: Tense } | null = null;
  const tenseOf = (c: Candidate): Tense => {
    const own = detectTense(text, c.start, c.end, lang);
    const sentence = sentenceBounds(text, c.start).start;
    if (own !== 'unknown') lastTense = { sentence, tense: own };
    else if (lastTense?.sentence === sentence) return lastTense.tense;
    return own;
  };
  const envFor = (c: Candidate, a: Anchors): ResolveEnv => {
    let tense: Tense | undefined;
    return { published, now: statements.nowFor(c), anchors: a, tense: () => (tense ??= tenseOf(c)) };
  };
  chosen.forEach((c, i) => {
    const clock = clockAnchors(c, chosen[i + 1], text, { anchors, origins }, envFor);
    const watched = watchReference(envFor(c, clock.anchors), clock.origins);
    const r = c.resolve(watched.env);
    if (!r) return;
    const absolute = !watched.relative();
    const expr: TemporalExpression = {
      start: c.start, end: c.end, text: text.slice(c.start, c.end), type: r.type ?? c.type, value: r.value, precision: r.precision, absolute,
    };
    if (r.endValue) expr.endValue = r.endValue;
    if (r.zone) expr.zone = r.zone;
    out.push(expr);
    statements.observe(c, r);
    updateAnchors(anchors, origins, r.date, r.precision, c.end, absolute);
    // a span in a forecast ("losses through the first two quarters of next year") is not one reported on
    if (isLongReportingSpan(r.value, r.precision) && watched.env.tense() !== 'future') anchors.spanEnd = c.end;
    if (!COMPARISON_RULES.has(c.rule)) rememberQuarter(anchors, origins, r.value, c.end, absolute, published, watched.env.tense);
  });
  return out;
}

interface AnchorState {
  anchors: Anchors;
  origins: AnchorOrigins;
}

/**
 * "at 16:15 UTC, June 1st": a bare clock time takes its day from a date right after it,
 * so that date is resolved first and offered as the day anchor (absolute when that date is).
 */
function clockAnchors(c: Candidate, next: Candidate | undefined, text: string, state: AnchorState, envFor: (c: Candidate, a: Anchors) => ResolveEnv): AnchorState {
  if (c.rule !== 'clock' || !next?.explicitDay || !/^[\s,]*(?:on\s+)?$/i.test(text.slice(c.end, next.start))) return state;
  const watched = watchReference(envFor(next, state.anchors), state.origins);
  const date = next.resolve(watched.env)?.date;
  return date ? { anchors: { ...state.anchors, day: date }, origins: { ...state.origins, day: !watched.relative() } } : state;
}

/** Remember the last date at each grain for later anaphora, and whether it was absolute. */
function updateAnchors(anchors: Anchors, origins: AnchorOrigins, date: import('luxon').DateTime | undefined, precision: TemporalExpression['precision'], end: number, absolute: boolean): void {
  if (!date) return;
  if (precision === 'day' || precision === 'minute') {
    anchors.day = date;
    anchors.dayEnd = end;
    origins.day = absolute;
  }
  if (precision === 'day' || precision === 'minute' || precision === 'month') {
    anchors.month = date;
    origins.month = absolute;
  }
  if (precision === 'day' || precision === 'minute' || precision === 'month' || precision === 'year' || precision === 'quarter' || precision === 'half' || precision === 'season') {
    anchors.year = date;
    origins.year = absolute;
  }
}

/** Rules whose quarter is a comparison ("the year-earlier quarter"), not the story's own quarter. */
const COMPARISON_RULES = new Set(['reportingPeriod', 'ago', 'later', 'yearAgoPart']);

/** "the third quarter" → its first day, for "the year-earlier quarter" and "a year earlier" later on. */
function rememberQuarter(anchors: Anchors, origins: AnchorOrigins, value: string, end: number, absolute: boolean, published: DateTime, tense: () => Tense): void {
  if (value.length !== 7 || value.charAt(5) !== 'Q') return;
  const m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (!m) return;
  const first = DateTime.utc(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 1);
  // a quarter still open, in a future clause, is a forecast ("will result in a fourth-quarter charge"), not the quarter reported on
  if (first.plus({ months: 3 }) > published && tense() === 'future') return;
  anchors.quarter = first;
  anchors.quarterEnd = end;
  origins.quarter = absolute;
}
