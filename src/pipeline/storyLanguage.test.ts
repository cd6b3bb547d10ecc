import { describe, expect, it } from 'vitest';
import { storyLanguage } from './storyLanguage.ts';

describe('storyLanguage', () => {
  it('keeps what sources.yaml states', () => {
    expect(storyLanguage(['en', 'en'], 'uk')).toBe('uk');
  });
  it('takes the language most articles are in, by primary subtag', () => {
    expect(storyLanguage(['en', 'ru-RU', 'ru', 'uk'])).toBe('ru');
  });
  it('breaks ties alphabetically, whatever the order', () => {
    expect(storyLanguage(['uk', 'en'])).toBe('en');
    expect(storyLanguage(['en', 'uk'])).toBe('en');
  });
  it('has no answer without articles', () => {
    expect(storyLanguage([])).toBeUndefined();
  });
});
