import type { TemporalExpression } from '../time/types.ts';
import { timexToInterval } from '../time/index.ts';
import { segmentSentences } from './segmentSentences.ts';
import { contentTerms } from './contentTerms.ts';
import type { DatedMention } from './types.ts';

export interface MentionSource {
  id: string;
  index: number;
  text: string;
  language: string;
}

/** A dated sentence that points back ("said this on Tuesday") needs the sentence before it to say what happened. */
const refersBack = /\b(said|announced|confirmed|reported|stated|wrote|told [\p{L} ]{1,20}) (this|so)\b/iu;
/** Fewer content words than this and a sentence says too little to stand alone. */
const MIN_TERMS = 4;

/**
 * Every sentence that ties something to a resolved calendar date becomes a
 * mention, one per distinct date in it. Durations, sets and present
 * references never do (timexToInterval gives them no interval).
 */
export function extractMentions(source: MentionSource, expressions: readonly TemporalExpression[]): DatedMention[] {
  const sentences = segmentSentences(source.text, source.language);
  const mentions: DatedMention[] = [];
  let cursor = 0;
  for (const expression of expressions) {
    const interval = timexToInterval(expression);
    if (!interval) continue;
    while (cursor < sentences.length - 1 && sentences[cursor]!.end <= expression.start) cursor++;
    const sentence = sentences[cursor];
    if (!sentence || expression.start < sentence.start) continue;
    let start = sentence.start;
    const own = source.text.slice(sentence.start, sentence.end);
    const ownTerms = contentTerms(own.slice(0, expression.start - sentence.start) + own.slice(expression.end - sentence.start));
    const previous = sentences[cursor - 1];
    if (previous && previous.paragraph >= sentence.paragraph - 1 && (refersBack.test(own) || ownTerms.length < MIN_TERMS)) {
      start = previous.start;
    }
    const quote = source.text.slice(start, sentence.end);
    const duplicate = mentions.find(
      (m) => m.start === start && m.interval.start === interval.start && m.interval.end === interval.end,
    );
    if (duplicate) continue;
    const terms = contentTerms(source.text.slice(start, expression.start) + ' ' + source.text.slice(expression.end, sentence.end));
    mentions.push({
      source: source.id,
      sourceIndex: source.index,
      start,
      end: sentence.end,
      quote,
      expression: expression.text,
      interval,
      terms,
      sentenceIndex: cursor,
    });
  }
  return mentions;
}
