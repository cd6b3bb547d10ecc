import { describe, expect, it } from 'vitest';
import { primaryLanguage } from './primaryLanguage.ts';

describe('primaryLanguage', () => {
  it('keeps the language of a regional tag, in lower case', () => {
    expect(primaryLanguage('en-GB')).toBe('en');
    expect(primaryLanguage('uk_UA')).toBe('uk');
    expect(primaryLanguage('RU')).toBe('ru');
    expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
  });

  it('gives an empty string for an empty tag', () => {
    expect(primaryLanguage('')).toBe('');
  });
});
