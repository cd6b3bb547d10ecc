export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (block between blank lines) that holds the sentence. */
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Sentences of a cleaned text with their offsets, never crossing a paragraph
 * break: headlines and subheads without a full stop stay sentences of their own.
 */
export function segmentSentences(text: string, language = 'en'): SentenceSpan[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  const spans: SentenceSpan[] = [];
  const paragraphs = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let paragraph = 0;
  for (let block = paragraphs.exec(text); block; block = paragraphs.exec(text), paragraph++) {
    for (const { segment, index } of segmenter.segment(block[0])) {
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (!body) continue;
      const start = block.index + index + lead;
      spans.push({ start, end: start + body.length, paragraph });
    }
  }
  return spans;
}
