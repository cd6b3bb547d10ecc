import { DateTime } from 'luxon';
import type { Published } from '../schema.ts';
import { dayOf } from '../isoDate.ts';

/** How far around the known publication dates an undated article is looked for. */
const SEARCH_DAYS = 14;
/**
 * Each candidate day re-reads the article, so their number bounds the work per
 * undated article: four months of days cover the busy weeks of any story
 * (windows around the days most articles came out are taken first).
 */
export const MAX_CANDIDATE_DAYS = 120;

export interface InferenceEvidence {
  /** Day-precision dates this article gives when read as published on `candidate`, each with its agreement with other articles. */
  agreement(candidate: string): { score: number; matches: number };
  /**
   * The latest day the article itself reports as past by an absolute date
   * ("25 June 2024 the minister held talks"): it cannot have come out before it.
   */
  notBefore?: string;
}

/**
 * An undated article's publication date, from the other articles: read it
 * as published on each day near the known dates, and keep the day on which
 * its relative dates ("on Tuesday", "on Monday") agree best with the dates
 * other articles give for the same happenings. Of equal days the earliest
 * wins: an article cannot report in the past tense what had not happened;
 * for the same reason no day before `notBefore` is tried.
 */
export function inferPublicationDate(knownDates: readonly string[], evidence: InferenceEvidence): Published | null {
  let best: { date: string; score: number; matches: number } | undefined;
  for (const date of candidateDays(knownDates, evidence.notBefore)) {
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

/**
 * The days within SEARCH_DAYS of a known date, in order, none before
 * `notBefore`: windows around each known day, not every day between the
 * first and the last (a dateline in the year 1000 beside one of 2024 would
 * give a million). At most MAX_CANDIDATE_DAYS, busiest known days first.
 */
export function candidateDays(knownDates: readonly string[], notBefore?: string): string[] {
  const counts = new Map<string, number>();
  for (const date of knownDates) {
    const day = dayOf(date);
    if (DateTime.fromISO(day, { zone: 'utc' }).isValid) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const busiestFirst = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([day]) => day);
  const days = new Set<string>();
  for (const known of busiestFirst) {
    const center = DateTime.fromISO(known, { zone: 'utc' });
    for (let offset = -SEARCH_DAYS; offset <= SEARCH_DAYS && days.size < MAX_CANDIDATE_DAYS; offset++) {
      const day = center.plus({ days: offset }).toISODate();
      if (day && (!notBefore || day >= notBefore)) days.add(day);
    }
    if (days.size >= MAX_CANDIDATE_DAYS) break;
  }
  return [...days].sort();
}
