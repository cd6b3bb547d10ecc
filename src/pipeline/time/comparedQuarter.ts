import type { DateTime } from 'luxon';
import type { Anchors } from './candidate';

/**
 * The quarter an earnings comparison ("a year earlier", "the year-ago period") is made with: the last
 * quarter told, unless a longer span was named since ("For the nine months, net fell from $9 million
 * a year earlier"), whose comparison is with the year before, not with a quarter.
 */
export function comparedQuarter(anchors: Anchors): DateTime | null {
  const { spanEnd, quarterEnd } = anchors;
  if (spanEnd !== null && quarterEnd !== null && spanEnd > quarterEnd) return null;
  return anchors.quarter;
}

/** A reporting span longer than a quarter: six to eleven months, two or three quarters, a year, a half. */
export function isLongReportingSpan(value: string, precision: string | null): boolean {
  return precision === 'half' || /^P(?:[6-9]M|1[01]M|[23]Q|1Y)$/.test(value);
}
