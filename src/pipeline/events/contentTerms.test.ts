import { describe, expect, it } from 'vitest';
import { contentTerms } from './contentTerms.ts';

describe('contentTerms', () => {
  it('keeps what happened and who, not saying-verbs or time words', () => {
    expect(contentTerms('Pentagon spokesman Patrick Ryder said on Tuesday that the call took place')).toEqual(['pentag', 'spokes', 'patric', 'ryder', '#contact', 'call']);
  });

  it('adds the kind of happening a word names, so differently worded accounts meet', () => {
    expect(contentTerms('spoke by phone')).toContain('#contact');
    expect(contentTerms('held a telephone conversation')).toContain('#contact');
    expect(contentTerms('the missile strike')).toContain('#attack');
  });

  it('joins British and American spellings and inflections by stem', () => {
    expect(contentTerms('defence ministers')).toEqual(contentTerms('defense minister'));
  });
});
