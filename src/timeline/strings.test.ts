import { describe, expect, it } from 'vitest';
import { stringsFor } from './strings';

describe('stringsFor', () => {
  it('picks a dictionary by primary subtag and falls back to English', () => {
    expect(stringsFor('ru-RU').lang).toBe('ru');
    expect(stringsFor('uk').lang).toBe('uk');
    expect(stringsFor('de').lang).toBe('en');
    expect(stringsFor(undefined).lang).toBe('en');
  });

  it('counts in each language by its plural rules', () => {
    expect([1, 3, 5, 21].map((n) => stringsFor('en').moreEvents(n))).toEqual(['1 more event', '3 more events', '5 more events', '21 more events']);
    expect([1, 3, 5, 21].map((n) => stringsFor('ru').moreEvents(n))).toEqual(['ещё 1 событие', 'ещё 3 события', 'ещё 5 событий', 'ещё 21 событие']);
    expect([1, 3, 5, 12].map((n) => stringsFor('uk').sourcesCount(n))).toEqual(['1 джерело', '3 джерела', '5 джерел', '12 джерел']);
  });

  it('writes large counts with the language\'s digit grouping', () => {
    expect(stringsFor('en').sourcesCount(1500)).toBe('1,500 sources');
    expect(stringsFor('ru').sourcesCount(1500)).toBe('1\u00a0500 источников');
  });
});
