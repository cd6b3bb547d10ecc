import type { TemporalExpression } from '../time/types.ts';
import { timexToInterval } from '../time/index.ts';
import type { SentenceSpan } from '../text/segmentSentences.ts';

/**
 * Dated sentences read per article. A long chronology dates a few hundred;
 * past this the file is a list or machine output, and each dated sentence
 * costs terms, a cluster slot and a quote in the contract.
 */
export const MAX_DATED_SENTENCES = 2000;

/**
 * The expressions of an article up to its MAX_DATED_SENTENCES-th sentence
 * with a calendar date, and whether any were left out after it.
 */
export function firstDatedSentences(
  expressions: readonly TemporalExpression[],
  sentences: readonly SentenceSpan[],
  max = MAX_DATED_SENTENCES,
): { expressions: readonly TemporalExpression[]; cut: boolean } {
  let dated = 0;
  let cursor = 0;
  let lastSentence = -1;
  for (const [i, expression] of expressions.entries()) {
    if (!timexToInterval(expression)) continue;
    while (cursor < sentences.length - 1 && sentences[cursor]!.end <= expression.start) cursor++;
    if (cursor === lastSentence) continue;
    lastSentence = cursor;
    if (++dated > max) return { expressions: expressions.slice(0, i), cut: true };
  }
  return { expressions, cut: false };
}
