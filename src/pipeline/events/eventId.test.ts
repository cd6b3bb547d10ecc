import { describe, expect, it } from 'vitest';
import { eventId, slugify } from './eventId.ts';

describe('eventId', () => {
  const quotes = new Map([
    ['a', ['Russian Defense Minister Andrei Belousov and Lloyd Austin spoke by phone on Tuesday.']],
    ['b', ['Austin also spoke by phone today with Russian Defense Minister Andrei Belusov.']],
  ]);

  it('is made of the date and the words most sources share', () => {
    expect(eventId('2024-06-25', quotes)).toBe('2024-06-25-andrei-austin-defense');
  });

  it('does not depend on the order the sources come in', () => {
    expect(eventId('2024-06-25', new Map([...quotes].reverse()))).toBe(eventId('2024-06-25', quotes));
  });

  it('slugs any script to url-safe ascii', () => {
    expect(slugify('Міністр оборони 2024')).toMatch(/^[a-z0-9-]+$/);
  });
});
