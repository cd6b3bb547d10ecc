import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segmentSentences.ts';

describe('segmentSentences', () => {
  it('gives offsets that slice back to each sentence, and never crosses a paragraph', () => {
    const text =
      'Pentagon chief speaks with Russia’s new defense minister\n\nRussian and US defense chiefs spoke over the phone on Tuesday. It was Secretary of Defense Lloyd Austin’s first direct conversation with Andrey Belousov.';
    const spans = segmentSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Pentagon chief speaks with Russia’s new defense minister',
      'Russian and US defense chiefs spoke over the phone on Tuesday.',
      'It was Secretary of Defense Lloyd Austin’s first direct conversation with Andrey Belousov.',
    ]);
    expect(spans.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it('does not end a sentence at an initialism or a title abbreviation', () => {
    const text = 'Belousov Discusses Ukraine War With U.S. Defense Secretary\n\nMaj. Gen. Pat Ryder confirmed the call. It was the first.';
    expect(segmentSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Belousov Discusses Ukraine War With U.S. Defense Secretary',
      'Maj. Gen. Pat Ryder confirmed the call.',
      'It was the first.',
    ]);
  });
});
