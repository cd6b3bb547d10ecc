/**
 * How much an event matters to the whole story, for ranking and tiers:
 * how many articles tell it, how often, how near their leads, whether
 * articles were published around it (news bursts follow what happened),
 * and whether it falls in the story's own time. Rounded so the output is
 * byte-stable.
 */
export interface SalienceInput {
  /** Distinct articles that date it (by an expression or their publication day). */
  sources: number;
  /** All its mentions, attached sentences included. */
  mentions: number;
  /** Smallest sentence index among its dated mentions (0 = the article's first sentence). */
  earliestSentence: number;
  /** Articles published on its day or within a few days after it. */
  burst: number;
  /** Articles that date anything to its day, in any of its events: the coverage of the day, not of one telling. */
  daySources: number;
  /** In the story's own time, or recounted by several of its articles. */
  withinSpan: boolean;
  /** Only announced or expected, not (yet) happened. */
  planned: boolean;
  /** Year, month, day or minute: a day-dated happening is news, a year is context. */
  precision: 'year' | 'month' | 'day' | 'minute';
}

/** Repeated mentions in the same articles add little: new sources and the coverage's bursts tell importance (bench:stories). */
const MENTION_WEIGHT = 0.1;
/** A headline or lead sentence is what the article is about. */
const LEAD_WEIGHT = 0.75;
/** Sentences after this many count little toward lead position. */
const LEAD_DECAY_SENTENCES = 3;
/** A burst of articles on and after a day marks a happening the coverage follows: the strongest single signal on bench:stories. */
const BURST_WEIGHT = 1.5;
/**
 * How many articles tell the day at all: in a large story a day's coverage
 * splits over many events, and the day still matters (neutral on the small
 * bench:stories stories, +0.02 Date-F1 on its largest).
 */
const DAY_WEIGHT = 1.5;
/** Outside the story's time and told by one article: an aside. */
const OUTSIDE_SPAN_FACTOR = 0.4;
/** A plan is news, but less than what happened. */
const PLANNED_FACTOR = 0.7;
/** Coarse dates name context more often than happenings: a year counts a little over half a day, a month four fifths. */
const PRECISION_FACTOR: Record<SalienceInput['precision'], number> = { year: 0.6, month: 0.8, day: 1, minute: 1 };

export function scoreSalience(input: SalienceInput): number {
  const prominence = 1 / (1 + input.earliestSentence / LEAD_DECAY_SENTENCES);
  const score =
    (input.sources + MENTION_WEIGHT * Math.log2(1 + input.mentions) + LEAD_WEIGHT * prominence + BURST_WEIGHT * Math.log2(1 + input.burst) + DAY_WEIGHT * Math.log2(1 + input.daySources)) *
    (input.withinSpan ? 1 : OUTSIDE_SPAN_FACTOR) *
    (input.planned ? PLANNED_FACTOR : 1) *
    PRECISION_FACTOR[input.precision];
  return Math.round(score * 100) / 100;
}
