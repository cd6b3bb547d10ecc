import { describe, expect, it } from 'vitest';
import { parseTimeOfDay } from './parseTimeOfDay';

describe('parseTimeOfDay', () => {
  it.each([
    ['9:30', '09:30'],
    ['09.30', '09:30'],
    ['0930', '09:30'],
    ['21:05:59', '21:05'],
    ['9:30 PM', '21:30'],
    ['12 a.m.', '00:00'],
    ['12:15pm', '12:15'],
    ['7', '07:00'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseTimeOfDay(input)).toBe(expected);
  });

  it.each(['24:00', '9:60', '13 pm', 'noon', '9:3', ''])('refuses %j', (input) => {
    expect(parseTimeOfDay(input)).toBeUndefined();
  });
});
