import type { DateTime } from 'luxon';
import type { Tense } from './candidate';
import { makeDate } from './calendar';

/**
 * Year for a day-and-month without a year ("on 25 June"): the past one by default,
 * the coming one when the clause is in the future.
 * A given weekday ("Tuesday, June 25") picks the year where it fits.
 */
/** A date this many days ahead is "soon" enough to beat a past one nearly a year back. */
export const NEAR_FUTURE_DAYS = 45;
/** A date this few days back is still the one meant by a future clause (a deadline just missed); "will meet on 3 June" three weeks later is next year's. */
const JUST_PAST_DAYS = 7;
/** News mostly reports the past: with no cue, the coming date must be this many times nearer than the past one. */
const PAST_BIAS = 2;
/** A past occurrence this far back is nearly a year old: a near-future reading is likelier. */
const NEAR_YEAR_BACK_DAYS = 300;

export function resolveMonthDay(month: number, day: number, ref: DateTime, tense: Tense, weekday?: number): DateTime | null {
  const options = [ref.year - 1, ref.year, ref.year + 1]
    .map((y) => makeDate(y, month, day))
    .filter((d): d is DateTime => d !== null);
  if (options.length === 0) return null;
  if (weekday !== undefined) {
    const fits = options.filter((d) => d.weekday === weekday);
    if (fits.length > 0) return closest(fits, ref);
  }
  const next = earliest(options.filter((d) => d >= ref));
  const previous = latest(options.filter((d) => d <= ref));
  // a future clause about a date weeks back ("to return the boy by Jan. 14", a day late) means that date, not next year's
  if (tense === 'future' && next && previous && daysBetween(ref, next) > NEAR_YEAR_BACK_DAYS && daysBetween(previous, ref) <= JUST_PAST_DAYS) return previous;
  if (tense === 'future') return next ?? closest(options, ref);
  // With no tense cue, the coming one when it is much the nearer ("payable Dec. 7 to holders of record Nov. 22");
  // even in a past clause, a date a few weeks ahead beats one nearly a year back ("had been set to expire Nov. 6").
  if (tense === 'unknown' && next && previous && daysBetween(ref, next) * PAST_BIAS < daysBetween(previous, ref)) return next;
  if (tense === 'unknown') return previous ?? closest(options, ref);
  if (next && previous && daysBetween(ref, next) <= NEAR_FUTURE_DAYS && daysBetween(previous, ref) > NEAR_YEAR_BACK_DAYS) return next;
  return previous ?? closest(options, ref);
}

/** Month without year ("in October"): past by default, future when the clause says so. */
export function resolveMonth(month: number, ref: DateTime, tense: Tense): DateTime | null {
  const thisYear = makeDate(ref.year, month, 1);
  if (!thisYear) return null;
  const refMonth = ref.startOf('month');
  if (tense === 'future') return thisYear >= refMonth ? thisYear : thisYear.plus({ years: 1 });
  const previous = thisYear <= refMonth ? thisYear : thisYear.minus({ years: 1 });
  // as for a day: with no tense cue, the coming month when it is much the nearer ("talks to end by May", in March)
  const next = previous.plus({ years: 1 });
  if (tense === 'unknown' && daysBetween(refMonth, next) * PAST_BIAS < daysBetween(previous, refMonth)) return next;
  // and in a past clause, next month beats the one eleven months back ("placed orders for November trading", in late October)
  if (daysBetween(refMonth, next) <= NEAR_FUTURE_DAYS && daysBetween(previous, refMonth) > NEAR_YEAR_BACK_DAYS) return next;
  return previous;
}

const DAY_MS = 86_400_000;
/** Whole days from a to b (plain millisecond arithmetic: luxon's diff is slow on this hot path). */
function daysBetween(a: DateTime, b: DateTime): number {
  return (b.toMillis() - a.toMillis()) / DAY_MS;
}

function closest(ds: DateTime[], ref: DateTime): DateTime | null {
  let best: DateTime | null = null;
  for (const d of ds) if (!best || Math.abs(d.diff(ref).milliseconds) < Math.abs(best.diff(ref).milliseconds)) best = d;
  return best;
}
function latest(ds: DateTime[]): DateTime | null {
  return ds.reduce<DateTime | null>((a, d) => (!a || d > a ? d : a), null);
}
function earliest(ds: DateTime[]): DateTime | null {
  return ds.reduce<DateTime | null>((a, d) => (!a || d < a ? d : a), null);
}
