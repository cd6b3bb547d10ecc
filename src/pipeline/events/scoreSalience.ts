/**
 * How much an event matters, for ranking: the number of distinct sources
 * first, then how often it is mentioned, how early in its articles (the
 * news leads), and whether it falls in the story's own time. Rounded so the
 * output is byte-stable.
 */
export interface SalienceInput {
  sources: number;
  mentions: number;
  /** Smallest sentence index among the event's mentions (0 = the article's first sentence). */
  earliestSentence: number;
  withinSpan: boolean;
}

export function scoreSalience({ sources, mentions, earliestSentence, withinSpan }: SalienceInput): number {
  const prominence = 1 / (1 + earliestSentence / 4);
  const score = (sources + 0.5 * Math.log2(1 + mentions) + 0.5 * prominence) * (withinSpan ? 1 : 0.5);
  return Math.round(score * 100) / 100;
}
