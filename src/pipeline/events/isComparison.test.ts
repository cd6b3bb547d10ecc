import { describe, expect, it } from 'vitest';
import { isComparison } from './isComparison.ts';

const at = (s: string, e: string) => isComparison(s, s.indexOf(e));

describe('isComparison', () => {
  it('sees a date named only to compare with', () => {
    expect(at("Russia's invasion of Ukraine plunged Moscow's relations with Washington to the lowest level since the 1962 Cuban Missile Crisis.", '1962')).toBe(true);
    expect(at('The war in Ukraine has sparked the most tension between Russia and the West since the 1962 Cuban Missile Crisis.', '1962')).toBe(true);
  });

  it('does not mistake a dated happening for a comparison', () => {
    expect(at('Directly accusing the US of the bloodshed in Crimea, which Russia annexed in 2014, is a step further.', '2014')).toBe(false);
    expect(at('Austin initiated the conversation and it was the first such call since March 2023, Ryder told reporters.', 'March 2023')).toBe(true);
    expect(at('Sanctions have been in place since March 2023.', 'March 2023')).toBe(false);
  });
});
