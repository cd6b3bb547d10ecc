import type { DatedMention, DateInterval } from './types.ts';
import type { MentionSource } from './extractMentions.ts';
import type { SentenceSpan } from '../text/segmentSentences.ts';
import { contentTerms } from './contentTerms.ts';

/**
 * A whole sentence without a date expression of its own, as a mention: a
 * headline dated by its publication day, or a sentence attached to an event
 * it tells (a casualty count, one side's account). It has no expression, so
 * readers can see it was not dated by its own words.
 */
export function sentenceMention(
  source: MentionSource,
  sentence: SentenceSpan,
  sentenceIndex: number,
  dating: { basis: 'publication' | 'attached'; interval: DateInterval; status: DatedMention['status'] },
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
    // Dated by its publication day or by the event it joins: never by words of its own.
    absolute: false,
    ...dating,
    terms,
    weights: new Map(terms.map((t) => [t, 1])),
    clause: { start: clause.start, end: clause.end },
    comparison: false,
    sentenceIndex,
  };
}

/** A sentence attached to an event: it takes the event's date and status. */
export function undatedMention(
  source: MentionSource,
  sentence: SentenceSpan,
  sentenceIndex: number,
  event: readonly DatedMention[],
  clause: { start: number; end: number } = sentence,
): DatedMention {
  return sentenceMention(source, sentence, sentenceIndex, { basis: 'attached', interval: event[0]!.interval, status: event[0]!.status }, clause);
}
