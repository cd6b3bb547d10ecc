import type { TemporalExpression } from '../time/types.ts';
import { detectStatus, timexToInterval } from '../time/index.ts';
import type { SentenceSpan } from '../text/segmentSentences.ts';
import { contentTerms } from './contentTerms.ts';
import type { DatedMention } from './types.ts';
import { clauseOf } from './clauseOf.ts';
import { isComparison } from './isComparison.ts';

export interface MentionSource {
  id: string;
  index: number;
  text: string;
  language: string;
  /** The text's sentences, segmented once for every stage that reads them. */
  sentences: readonly SentenceSpan[];
}

/** A dated sentence that points back ("said this on Tuesday") needs the sentence before it to say what happened. */
const refersBack = /\b(said|announced|confirmed|reported|stated|wrote|told [\p{L} ]{1,20}) (this|so)\b/iu;
/** Weight of a happening concept (#attack, #contact) against a single word. */
export const CONCEPT_WEIGHT = 2;
/** Fewer content words than this and a sentence says too little to stand alone. */
const MIN_TERMS = 4;
/** Words outside the date's clause say less about what happened then… */
const CONTEXT_WEIGHT = 0.25;
/** …unless the clause is thin (a few words), when the sentence around it must speak for it… */
const THIN_CLAUSE_CONTEXT = 0.4;
/** …or all but empty ("It happened on Monday"). */
const BARE_CLAUSE_CONTEXT = 0.7;

/**
 * Every sentence that ties something to a resolved calendar date becomes a
 * mention, one per distinct date in it. Durations, sets and present
 * references never do (timexToInterval gives them no interval).
 */
export function extractMentions(source: MentionSource, expressions: readonly TemporalExpression[]): DatedMention[] {
  const { sentences } = source;
  const mentions: DatedMention[] = [];
  const seen = new Set<string>();
  let cursor = 0;
  for (const expression of expressions) {
    const interval = timexToInterval(expression);
    if (!interval) continue;
    while (cursor < sentences.length - 1 && sentences[cursor]!.end <= expression.start) cursor++;
    const sentence = sentences[cursor];
    if (!sentence || expression.start < sentence.start) continue;
    // One mention per sentence and date, found in a set before any terms are read: a sentence that repeats a date
    // costs one pass over it, not one per repetition, and a file with thousands of dates stays linear.
    const key = `${cursor}|${interval.start}|${interval.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let start = sentence.start;
    const own = source.text.slice(sentence.start, sentence.end);
    const ownTerms = contentTerms(own.slice(0, expression.start - sentence.start) + own.slice(expression.end - sentence.start));
    // A sentence that is only a date (a dateline, a stamp) tells no happening.
    if (ownTerms.length === 0) continue;
    const previous = sentences[cursor - 1];
    const pointsBack = refersBack.test(own);
    if (previous && previous.paragraph >= sentence.paragraph - 1 && (pointsBack || ownTerms.length < MIN_TERMS)) {
      start = previous.start;
    }
    const quote = source.text.slice(start, sentence.end);
    const withoutDate = (from: number, to: number): string =>
      `${source.text.slice(from, Math.max(from, Math.min(to, expression.start)))} ${source.text.slice(Math.max(from, expression.end), to)}`;
    const local = clauseOf(own, expression.start - sentence.start, expression.end - sentence.start);
    const clause = { start: sentence.start + local.start, end: sentence.start + local.end };
    const clauseTerms = contentTerms(withoutDate(clause.start, clause.end));
    const terms = contentTerms(withoutDate(start, sentence.end));
    // The date's own clause says what happened then; the rest of the quote is context.
    // A sentence that points back ("said this") is about what the sentence before it says.
    const contextWeight = pointsBack ? 1 : clauseTerms.length < 2 ? BARE_CLAUSE_CONTEXT : clauseTerms.length < MIN_TERMS ? THIN_CLAUSE_CONTEXT : CONTEXT_WEIGHT;
    const weights = new Map(terms.map((t) => [t, contextWeight]));
    for (const t of clauseTerms) weights.set(t, 1);
    // What kind of happening it is weighs more than any one word of it.
    for (const [t, w] of weights) if (t.startsWith('#')) weights.set(t, w * CONCEPT_WEIGHT);
    mentions.push({
      source: source.id,
      sourceIndex: source.index,
      start,
      end: sentence.end,
      quote,
      sentence: { start: sentence.start, end: sentence.end },
      expression: expression.text,
      absolute: expression.absolute === true,
      basis: 'expression',
      status: detectStatus(source.text, expression.start, expression.end, source.language),
      interval,
      terms,
      weights,
      clause,
      comparison: isComparison(own, expression.start - sentence.start),
      sentenceIndex: cursor,
    });
  }
  return mentions;
}
