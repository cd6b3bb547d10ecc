import { describe, expect, it } from 'vitest';
import { framedMatches } from './framedMatches';

describe('framedMatches', () => {
  const frame = { lead: '(?:in|by)\\s+(?<span>the\\s+)?', follow: '(?:\\s*[,.]|\\s+and\\b)' };
  it('spans the frame\'s span group and the body, not the lead; only where the follow words allow', () => {
    const text = 'Ships left in the morning, and by noon and in the morning light.';
    const found = framedMatches(text, frame, () => 'morning|noon').map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['the morning', 'noon']);
  });
  it('finds nothing without a frame', () => {
    expect(framedMatches('in the morning.', null, () => 'morning')).toEqual([]);
  });
});
