import type { DateTime } from 'luxon';
import type { Tense } from './candidate';

/**
 * The date of a weekday name. News mostly reports the past, so a bare weekday is the
 * most recent one (the publication day itself included); a future clause ("will meet
 * on Friday") or "next" looks forward. shift: -1 last, +1 next, 0 plain.
 */
export function resolveWeekday(weekday: number, ref: DateTime, tense: Tense, shift: number): DateTime {
  const back = (ref.weekday - weekday + 7) % 7; // days since the latest such weekday
  if (shift > 0 || (shift === 0 && tense === 'future')) {
    const ahead = (weekday - ref.weekday + 7) % 7;
    return ref.plus({ days: ahead === 0 && shift > 0 ? 7 : ahead });
  }
  if (shift < 0) return ref.minus({ days: back === 0 ? 7 : back });
  return ref.minus({ days: back });
}

/** "that Sunday": the named weekday nearest to the story's current date. */
export function nearestWeekday(weekday: number, anchor: DateTime): DateTime {
  const ahead = (weekday - anchor.weekday + 7) % 7;
  return ahead <= 3 ? anchor.plus({ days: ahead }) : anchor.minus({ days: 7 - ahead });
}
