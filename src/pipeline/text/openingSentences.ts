import type { SentenceSpan } from './segmentSentences.ts';

export interface OpeningLimits {
  /** Keep the sentences that end within this many characters. */
  maxLength?: number;
  /** Keep at most this many sentences. */
  maxSentences?: number;
}

/**
 * The opening part of a text, by whole sentences: those within the limits
 * (at least the first sentence), and the text up to the last of them, with
 * whether anything was left out. Offsets stay those of the whole text.
 */
export function openingSentences(text: string, sentences: readonly SentenceSpan[], limits: OpeningLimits): { text: string; sentences: SentenceSpan[]; cut: boolean } {
  const maxLength = limits.maxLength ?? Infinity;
  const maxSentences = limits.maxSentences ?? Infinity;
  if (text.length <= maxLength && sentences.length <= maxSentences) return { text, sentences: [...sentences], cut: false };
  let count = 0;
  while (count < sentences.length && count < Math.max(1, maxSentences) && (count === 0 || sentences[count]!.end <= maxLength)) count++;
  const kept = sentences.slice(0, count);
  const end = kept[kept.length - 1]?.end ?? 0;
  // Blank lines and spaces after the last sentence kept are no text left out.
  return { text: text.slice(0, end), sentences: kept, cut: text.slice(end).trim().length > 0 };
}
