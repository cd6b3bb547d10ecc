import type { Precision } from '../schema.ts';

export interface DateInterval {
  /** ISO 8601 cut to precision. */
  start: string;
  end: string;
  precision: Precision;
}

/**
 * How a mention got its date: a temporal expression in its sentence; its
 * article's publication day (a headline or lead that reports the news with
 * no date of its own); or the event it was attached to (no date of its own).
 */
export type MentionBasis = 'expression' | 'publication' | 'attached';

/** A sentence (or two, when the dated one refers back) tying a happening to a date. */
export interface DatedMention {
  source: string;
  /** Order of the source in the corpus, then of the mention in the source: a stable sort key. */
  sourceIndex: number;
  start: number;
  end: number;
  quote: string;
  /** The mention's own sentence: its title and date come from it; the quote may also hold the sentence before it, as context. */
  sentence: { start: number; end: number };
  expression: string;
  /** True when its date holds whatever the publication date is ("on 9 March 2024"), false when it was counted from it ("on Tuesday"). */
  absolute: boolean;
  basis: MentionBasis;
  /** "planned" when the dated happening is announced or expected, not reported as having happened. */
  status: 'reported' | 'planned';
  interval: DateInterval;
  /** Content terms of the whole quote, once each. */
  terms: string[];
  /** The same terms weighted: full weight in the date's own clause, less elsewhere. */
  weights: Map<string, number>;
  /** Character range of the date's clause in the source text. */
  clause: { start: number; end: number };
  /** True when the date only serves comparison: "the lowest level since the 1973 crisis". */
  comparison: boolean;
  /** 0 for the article's first sentence: earlier sentences carry the news. */
  sentenceIndex: number;
}

/** Whether a mention carries a date of its own (an expression or its publication day), rather than its event's. */
export const isDated = (m: Pick<DatedMention, 'basis'>): boolean => m.basis !== 'attached';
