import { describe, expect, it } from 'vitest';
import { findOutletMention } from './findOutletMention.ts';

describe('findOutletMention', () => {
  it('reads the publication named by its own appeal or copyright line', () => {
    expect(findOutletMention('Support The Harbour Ledger!')).toBe('The Harbour Ledger');
    expect(findOutletMention('A Message from The Valley Courier:')).toBe('The Valley Courier');
    expect(findOutletMention('Support Northline Radio')).toBe('Northline Radio');
    expect(findOutletMention('Support KRT')).toBe('KRT');
    expect(findOutletMention('© 2024 Vestnik. All rights reserved.')).toBe('Vestnik');
  });

  it('ignores appeals that name no publication: a cause, a place, the reader', () => {
    expect(findOutletMention('Support UP or become our patron!')).toBeUndefined();
    expect(findOutletMention('Support Us')).toBeUndefined();
    expect(findOutletMention('Support independent journalism today')).toBeUndefined();
    expect(findOutletMention('Support Independent Journalism')).toBeUndefined();
    // A single place or country name is what is supported, not who asks.
    expect(findOutletMention('Support Freedonia!')).toBeUndefined();
    expect(findOutletMention('Support Moldova')).toBeUndefined();
    expect(findOutletMention('Support EU')).toBeUndefined();
  });
});
