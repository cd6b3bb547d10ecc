import { DateTime } from 'luxon';
import type { Published } from '../schema.ts';
import { dayOf } from '../isoDate.ts';

/** How far around the known publication dates an undated article is looked for. */
const SEARCH_DAYS = 14;

export interface InferenceEvidence {
  /** Day-precision dates this article gives when read as published on `candidate`, each with its agreement with other articles. */
  agreement(candidate: string): { score: number; matches: number };
}

/**
 * An undated article's publication date, from the other articles: read it
 * as published on each day near the known dates, and keep the day on which
 * its relative dates ("on Tuesday", "on Monday") agree best with the dates
 * other articles give for the same happenings. Of equal days the earliest
 * wins: an article cannot report in the past tense what had not happened.
 */
export function inferPublicationDate(knownDates: readonly string[], evidence: InferenceEvidence): Published | null {
  if (knownDates.length === 0) return null;
  const days = knownDates.map(dayOf).sort();
  const first = DateTime.fromISO(days[0]!, { zone: 'utc' }).minus({ days: SEARCH_DAYS });
  const last = DateTime.fromISO(days[days.length - 1]!, { zone: 'utc' }).plus({ days: SEARCH_DAYS });
  let best: { date: string; score: number; matches: number } | undefined;
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    const date = day.toISODate()!;
    const { score, matches } = evidence.agreement(date);
    if (matches > 0 && (!best || score > best.score + 1e-9)) best = { date, score, matches };
  }
  if (!best) return null;
  return {
    date: best.date,
    precision: 'day',
    inferred: true,
    basis: `inferred: its relative dates agree with ${best.matches} date${best.matches === 1 ? '' : 's'} given by other articles`,
  };
}
