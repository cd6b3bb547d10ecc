export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (block between blank lines) that holds the sentence. */
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
const abbreviationEnd = /(?:\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Maj|Col|Lt|Sgt|Gov|Sen|Rep|St|Jr|Sr|No|Prof)\.)$/u;

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
    let joinNext = false;
    for (const { segment, index } of segmenter.segment(block[0])) {
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (!body) continue;
      const start = block.index + index + lead;
      const previous = spans[spans.length - 1];
      if (joinNext && previous) previous.end = start + body.length;
      else spans.push({ start, end: start + body.length, paragraph });
      // "U.S. Defense Secretary", "Gen. Smith": an initialism or title abbreviation does not end a sentence before a capital.
      joinNext = abbreviationEnd.test(body);
    }
  }
  return spans;
}
