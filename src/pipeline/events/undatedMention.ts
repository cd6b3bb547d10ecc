import type { DatedMention } from './types.ts';
import type { MentionSource } from './extractMentions.ts';
import type { SentenceSpan } from '../text/segmentSentences.ts';
import { contentTerms } from './contentTerms.ts';

/**
 * A sentence without a date of its own, as a mention of an event it tells
 * (a headline, a casualty count): it takes the event's date and has no
 * expression, so readers can see it was attached, not dated.
 */
export function undatedMention(
  source: MentionSource,
  sentence: SentenceSpan,
  sentenceIndex: number,
  event: readonly DatedMention[],
  clause: { start: number; end: number } = sentence,
): DatedMention {
  const quote = source.text.slice(sentence.start, sentence.end);
  const terms = contentTerms(quote);
  return {
    source: source.id,
    sourceIndex: source.index,
    start: sentence.start,
    end: sentence.end,
    quote,
    sentence: { start: sentence.start, end: sentence.end },
    expression: '',
    basis: 'attached',
    status: event[0]!.status,
    interval: event[0]!.interval,
    terms,
    weights: new Map(terms.map((t) => [t, 1])),
    clause: { start: clause.start, end: clause.end },
    comparison: false,
    sentenceIndex,
  };
}
