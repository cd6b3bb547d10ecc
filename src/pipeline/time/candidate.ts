import type { DateTime } from 'luxon';
import type { TimexPrecision, TimexType } from './types';

export type Tense = 'past' | 'future' | 'unknown';

/** Dates mentioned so far in the story, used by anaphora ("the next day", "the previous year"). */
export interface Anchors {
  day: DateTime | null;
  month: DateTime | null;
  year: DateTime | null;
  /** End offset of the expression that set `day`, so anaphora can ask whether it was just told. */
  dayEnd: number | null;
  /** Last fiscal/calendar quarter told ("the third quarter"), and where: earnings comparisons count from it. */
  quarter: DateTime | null;
  quarterEnd: number | null;
  /** End offset of the last reporting span longer than a quarter ("for the nine months", "the first half"). */
  spanEnd: number | null;
}

export interface ResolveEnv {
  published: DateTime;
  /** "Now" for deictic words: the publication date, or the date of the statement being reported. */
  now: DateTime;
  anchors: Anchors;
  /** Tense around the expression, computed on demand (most rules never need it). */
  tense: () => Tense;
}

export interface Resolution {
  value: string;
  precision: TimexPrecision | null;
  endValue?: string;
  /** UTC offset of a clock time in a local zone (see TemporalExpression.zone). */
  zone?: string;
  /** Overrides the candidate's type (e.g. a date that carries a clock time). */
  type?: TimexType;
  /** Start of the denoted period, so later anaphora can refer back to it. */
  date?: DateTime;
}

/** A span some rule believes is a temporal expression, with a deferred resolver. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  /** Which rule made it (debugging, and tie-breaks between equal spans). */
  rule: string;
  /** Higher wins when two candidates of the same length overlap. */
  priority: number;
  /** Resolved against "now" (today, yesterday): subject to the reported-speech rule. */
  deictic?: boolean;
  /** An explicit calendar date ("June 25", "Tuesday"): may date a statement. */
  explicitDay?: boolean;
  /** May absorb a span prefix such as "early", "mid-", "the end of". */
  acceptsPrefix?: boolean;
  resolve: (env: ResolveEnv) => Resolution | null;
}
