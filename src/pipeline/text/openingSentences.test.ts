import { describe, expect, it } from 'vitest';
import { openingSentences } from './openingSentences.ts';
import { segmentSentences } from './segmentSentences.ts';

describe('openingSentences', () => {
  const text = 'The bridge opened on Monday.\n\nTraffic was light. Buses ran late.';
  const sentences = segmentSentences(text);

  it('keeps the sentences that end within the length, and the text up to the last of them', () => {
    const opening = openingSentences(text, sentences, { maxLength: 50 });
    expect(opening.text).toBe('The bridge opened on Monday.\n\nTraffic was light.');
    expect(opening.sentences).toEqual(sentences.slice(0, 2));
    expect(opening.cut).toBe(true);
  });

  it('keeps at least the first sentence, and a short text whole', () => {
    expect(openingSentences(text, sentences, { maxLength: 5 }).sentences).toEqual(sentences.slice(0, 1));
    expect(openingSentences(text, sentences, { maxLength: 1000 })).toEqual({ text, sentences, cut: false });
  });

  it('keeps at most so many sentences', () => {
    expect(openingSentences(text, sentences, { maxSentences: 2 })).toEqual({ text: 'The bridge opened on Monday.\n\nTraffic was light.', sentences: sentences.slice(0, 2), cut: true });
  });
});
