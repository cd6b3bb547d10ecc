import { segmentSentences, type SentenceSpan } from '../text/segmentSentences.ts';

/** The last text segmented: the tagger asks about many positions of one text in a row. */
let last: { text: string; spans: SentenceSpan[] } | undefined;

/**
 * Start and end offsets of the sentence around pos, by the one sentence
 * splitter of the pipeline (text/segmentSentences). A position between
 * sentences belongs to the sentence after it.
 */
export function sentenceBounds(text: string, pos: number): { start: number; end: number } {
  if (last?.text !== text) last = { text, spans: segmentSentences(text) };
  const { spans } = last;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  if (!span) return { start: pos, end: pos };
  return { start: Math.min(span.start, pos), end: Math.max(span.end, pos) };
}

/** Whether an antecedent ending at antecedentEnd lies in pos's sentence or the sentence (or one-sentence paragraph) before. */
export function toldJustBefore(text: string, pos: number, antecedentEnd: number | null): boolean {
  if (antecedentEnd === null || antecedentEnd > pos) return false;
  let s = sentenceBounds(text, pos).start;
  if (antecedentEnd > s) return true;
  while (s > 0 && /\s/.test(text.charAt(s - 1))) s--;
  if (s === 0) return false;
  return antecedentEnd > sentenceBounds(text, s - 1).start;
}
