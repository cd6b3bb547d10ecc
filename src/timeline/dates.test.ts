import { describe, expect, it } from 'vitest';
import { dateSpan, formatIso, formatRange, isoEnd, isoStart, isRange, rangeDash } from './dates';

describe('dates', () => {
  it('reads every precision as its first instant', () => {
    expect(isoStart('1962').toISOString()).toBe('1962-01-01T00:00:00.000Z');
    expect(isoStart('2023-03').toISOString()).toBe('2023-03-01T00:00:00.000Z');
    expect(isoStart('2024-06-25').toISOString()).toBe('2024-06-25T00:00:00.000Z');
    expect(isoStart('2024-07-12T19:50+03:00').toISOString()).toBe('2024-07-12T16:50:00.000Z');
    expect(isoStart('0044').getUTCFullYear()).toBe(44);
  });

  it('knows where a period ends', () => {
    expect(isoEnd('1962', 'year').toISOString()).toBe('1963-01-01T00:00:00.000Z');
    expect(isoEnd('2023-12', 'month').toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(isoEnd('2024-02-29', 'day').toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(dateSpan({ start: '2024-07-09', end: '2024-07-11', precision: 'day' }).map((d) => d.toISOString())).toEqual([
      '2024-07-09T00:00:00.000Z',
      '2024-07-12T00:00:00.000Z',
    ]);
  });

  it('writes dates in words, cut to their precision', () => {
    expect(formatIso('1962')).toBe('1962');
    expect(formatIso('2023-03')).toBe('March 2023');
    expect(formatIso('2024-06-05')).toBe('5 June 2024');
    expect(formatIso('2024-07-12T19:50+03:00')).toBe('12 July 2024, 19:50 (UTC+03:00)');
    expect(formatIso('2024-07-12T19:50Z')).toBe('12 July 2024, 19:50 (UTC)');
  });

  it('writes ranges without repeating what both ends share', () => {
    expect(formatRange('2024-07-09', '2024-07-11')).toEqual(['9', '11 July 2024']);
    expect(formatRange('2024-06-28', '2024-07-03')).toEqual(['28 June', '3 July 2024']);
    expect(formatRange('2023-12-30', '2024-01-02')).toEqual(['30 December 2023', '2 January 2024']);
    expect(formatRange('2024-03', '2024-05')).toEqual(['March', 'May 2024']);
    expect(isRange({ start: '2024-07-09', end: '2024-07-09' })).toBe(false);
  });

  it('rejects what is not an ISO date', () => {
    expect(() => isoStart('25 June 2024')).toThrow(/ISO 8601/);
  });
});

describe('dates in the page language', () => {
  it('writes Russian and Ukrainian dates the way their readers write them', () => {
    expect(formatIso('2024-06-25', 'ru')).toBe('25 июня 2024 г.');
    expect(formatIso('2023-03', 'uk')).toBe('березень 2023 р.');
    expect(formatIso('1962', 'ru')).toBe('1962');
  });

  it('cuts what both ends of a range share, in any language', () => {
    expect(formatRange('2024-07-09', '2024-07-11', 'ru')).toEqual(['9', '11 июля 2024\u202fг.']);
    expect(formatRange('2024-06-28', '2024-07-03', 'uk')).toEqual(['28 червня', '3 липня 2024\u202fр.']);
  });

  it('puts a tight dash between numbers and a spaced one between words', () => {
    expect(rangeDash('9')).toBe('–');
    expect(rangeDash('28 June')).toBe(' – ');
  });
});
