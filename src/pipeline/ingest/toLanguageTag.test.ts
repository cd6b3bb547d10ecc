import { describe, expect, it } from 'vitest';
import { toLanguageTag } from './toLanguageTag.ts';

describe('toLanguageTag', () => {
  it('gives the canonical form of a BCP 47 tag, and reads en_US as en-US', () => {
    expect(toLanguageTag('en')).toBe('en');
    expect(toLanguageTag(' EN ')).toBe('en');
    expect(toLanguageTag('uk-ua')).toBe('uk-UA');
    expect(toLanguageTag('en_US')).toBe('en-US');
    expect(toLanguageTag('zh-hant-tw')).toBe('zh-Hant-TW');
  });

  it('refuses what is no language, so that Intl never sees it', () => {
    for (const bad of ['123', 'true', 'e', 'en US', 'en"><script>', '', '   ', 'en-', 'x-private', 'und', 'abcdefgh', 'en,ru', 'en-'.repeat(40)]) {
      expect(toLanguageTag(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('only ever gives tags that Intl.Segmenter accepts', () => {
    for (const value of ['en', 'EN_gb', 'ru-RU', 'sr-Latn', 'pt_BR', 'de-CH-1996']) {
      const tag = toLanguageTag(value);
      expect(tag, value).toBeDefined();
      expect(() => new Intl.Segmenter(tag, { granularity: 'sentence' })).not.toThrow();
    }
  });
});
