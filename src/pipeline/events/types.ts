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
  /** Content terms of the whole quote, once each. */
  terms: string[];
  /** The same terms weighted: full weight in the date's own clause, less elsewhere. */
  weights: Map<string, number>;
  /** Character range of the date's clause in the source text. */
  clause: { start: number; end: number };
  /** True when the date only serves comparison: "the lowest level since the 1962 crisis". */
  comparison: boolean;
  /** 0 for the article's first sentence: earlier sentences carry the news. */
  sentenceIndex: number;
}
