import type { Precision } from '../schema.ts';

export interface DateInterval {
  /** ISO 8601 cut to precision. */
  start: string;
  end: string;
  precision: Precision;
}

/** A sentence (or two, when the dated one refers back) tying a happening to a date. */
export interface DatedMention {
  source: string;
  /** Order of the source in the corpus, then of the mention in the source: a stable sort key. */
  sourceIndex: number;
  start: number;
  end: number;
  quote: string;
  expression: string;
  interval: DateInterval;
  terms: string[];
  /** 0 for the article's first sentence: earlier sentences carry the news. */
  sentenceIndex: number;
}
