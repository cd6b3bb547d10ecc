import { describe, expect, it } from 'vitest';
import { effectiveTheme } from './theme';

describe('effectiveTheme', () => {
  it("follows the reader's choice over the system's", () => {
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });
  it('follows the system when nothing (or nonsense) was chosen', () => {
    expect(effectiveTheme(undefined, true)).toBe('dark');
    expect(effectiveTheme('sepia', false)).toBe('light');
  });
});
