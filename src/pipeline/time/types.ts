/** A temporal expression found in text, normalized TIMEX3-style. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/**
 * How finely a DATE/TIME value pins time. Only year, month, day and minute
 * become event dates; the others are kept so that callers can tell a season
 * from a month.
 */
export type TimexPrecision =
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'minute';

export interface TemporalExpression {
  /** JavaScript string offsets into the tagged text; no leading preposition. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2023-11-07, 2023-11, 2023-W45, 2024-SU, 2024-Q3, P28M, PRESENT_REF, PAST_REF, XXXX-WXX-5 … */
  value: string;
  /** null for DURATION, SET and PRESENT_REF/PAST_REF/FUTURE_REF values. */
  precision: TimexPrecision | null;
  /** For ranges such as "9-11 July": the last day (value holds the first). */
  endValue?: string;
  /**
   * UTC offset of a clock time told in a local zone ("5 p.m. EST" → "-05:00"). The value keeps the time
   * on that local clock, as TIMEX3 corpora write it ("T17:00"); a time told in UTC carries its Z in the value.
   */
  zone?: string;
  /**
   * True when the value does not depend on the publication date ("9 March
   * 2024", "in 2014", "the next day" after such a date), so it holds even
   * for an article that states no date; false or absent when it does ("on
   * Tuesday", "last month", "5 March" without a year).
   */
  absolute?: boolean;
}

export interface TagContext {
  /** Reference date: the article's publication date, ISO (YYYY-MM-DD or full timestamp). */
  published: string;
  /** BCP 47 language of the text; defaults to 'en'. */
  language?: string;
}
