import { describe, expect, it } from 'vitest';
import { tickLabel } from './tickLabel';

const t = Date.UTC(2024, 5, 25);
const noon = Date.UTC(2024, 5, 25, 14, 30);

describe('tickLabel', () => {
  it('writes English ticks day first, with the year when asked', () => {
    expect(tickLabel(t, 'day', 'en', false)).toBe('25 Jun');
    expect(tickLabel(t, 'week', 'en', true)).toBe('25 Jun 2024');
    expect(tickLabel(t, 'month', 'en', false)).toBe('Jun');
    expect(tickLabel(t, 'month', 'en', true)).toBe('Jun 2024');
    expect(tickLabel(t, 'year', 'en', false)).toBe('2024');
    expect(tickLabel(noon, 'hour', 'en', false)).toBe('14:30');
    expect(tickLabel(noon, 'minute', 'en', true)).toBe('25 Jun 2024, 14:30');
    // Midnight on an hourly axis is the day itself.
    expect(tickLabel(t, 'hour', 'en', false)).toBe('25 Jun');
    expect(tickLabel(t, 'hour', 'en', true)).toBe('25 Jun 2024');
  });

  it('writes Russian and Ukrainian month names through Intl', () => {
    expect(tickLabel(t, 'day', 'ru', false)).toBe('25 июн.');
    expect(tickLabel(t, 'day', 'ru', true)).toBe('25 июн. 2024 г.');
    expect(tickLabel(t, 'month', 'ru', false)).toMatch(/^июн/);
    expect(tickLabel(t, 'day', 'uk', false)).toBe('25 черв.');
    expect(tickLabel(t, 'month', 'uk', true)).toBe('черв. 2024 р.');
    expect(tickLabel(t, 'year', 'uk', true)).toBe('2024');
  });

  it('takes a region subtag and old years', () => {
    expect(tickLabel(t, 'day', 'en-US', false)).toBe('25 Jun');
    const y62 = new Date(Date.UTC(2000, 0, 1));
    y62.setUTCFullYear(62);
    expect(tickLabel(y62.getTime(), 'year', 'en', false)).toBe('62');
  });
});
