import { describe, expect, it } from 'vitest';
import { findOutletMention } from './findOutletMention.ts';

describe('findOutletMention', () => {
  it('reads the publication named by its own appeal or copyright line', () => {
    expect(findOutletMention('Support The Moscow Times!')).toBe('The Moscow Times');
    expect(findOutletMention('A Message from The Kyiv Independent:')).toBe('The Kyiv Independent');
    expect(findOutletMention('© 2024 Meduza. All rights reserved.')).toBe('Meduza');
  });

  it('ignores appeals that name no publication', () => {
    expect(findOutletMention('Support UP or become our patron!')).toBeUndefined();
    expect(findOutletMention('Support Us')).toBeUndefined();
    expect(findOutletMention('Support independent journalism today')).toBeUndefined();
  });
});
