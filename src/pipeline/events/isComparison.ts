/**
 * Whether a date is named only to compare with: "the lowest level since the
 * 1973 oil crisis", "the first such meeting since March 2019", "the
 * worst since 2014". Such a date is background, not a happening of the story.
 */
const comparisonBefore = /\b(?:(?:lowest|highest|worst|best|most|least|biggest|largest|deadliest|first|longest|greatest|strongest|weakest)\b[^.,;]{0,60}|(?:first time|not seen|unseen|unprecedented)\b[^.,;]{0,30})\bsince\s+(?:the\s+)?$/i;

export function isComparison(sentence: string, expressionStart: number): boolean {
  return comparisonBefore.test(sentence.slice(Math.max(0, expressionStart - 120), expressionStart));
}
