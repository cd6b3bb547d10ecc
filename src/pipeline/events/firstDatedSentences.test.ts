import { describe, expect, it } from 'vitest';
import { firstDatedSentences } from './firstDatedSentences.ts';
import { segmentSentences } from '../text/segmentSentences.ts';
import { tagTemporalExpressions } from '../time/index.ts';

describe('firstDatedSentences', () => {
  const text = 'The jury met on 3 May 2021 and on 4 May 2021. It sat again on 6 May 2021. It took five days. The verdict came on 9 May 2021.';
  const expressions = tagTemporalExpressions(text, { published: '2021-05-10' });
  const sentences = segmentSentences(text);

  it('keeps every expression up to the last dated sentence allowed, counting a sentence once whatever its dates', () => {
    const first = firstDatedSentences(expressions, sentences, 2);
    expect(first.cut).toBe(true);
    expect(first.expressions.map((e) => e.text)).toEqual(['3 May 2021', '4 May 2021', '6 May 2021', 'five days']);
  });

  it('leaves an article within the bound as it is', () => {
    expect(firstDatedSentences(expressions, sentences, 3)).toEqual({ expressions, cut: false });
  });
});
