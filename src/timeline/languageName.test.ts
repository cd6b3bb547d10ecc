import { describe, expect, it } from 'vitest';
import { languageName } from './languageName';

describe('languageName', () => {
  it('names a language in the page language', () => {
    expect(languageName('uk', 'en')).toBe('Ukrainian');
    expect(languageName('en', 'ru')).toBe('английский');
    expect(languageName('ru', 'uk')).toBe('російська');
  });
  it('gives back a tag Intl cannot name', () => {
    expect(languageName('not a tag', 'en')).toBe('not a tag');
    expect(languageName('qaa', 'en')).toBe('qaa');
  });
});
