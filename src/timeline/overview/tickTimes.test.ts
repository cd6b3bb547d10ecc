import { describe, expect, it } from 'vitest';
import { tickTimes } from './tickTimes';

const iso = (t: number) => new Date(t).toISOString().slice(0, 16);
const utc = (s: string) => Date.parse(`${s}Z`);

describe('tickTimes', () => {
  it('ticks weeks on Mondays over a month', () => {
    const plan = tickTimes(utc('2024-06-01T00:00'), utc('2024-06-30T00:00'), 5);
    expect(plan.unit).toBe('week');
    expect(plan.times.map(iso)).toEqual(['2024-06-03T00:00', '2024-06-10T00:00', '2024-06-17T00:00', '2024-06-24T00:00']);
  });

  it('ticks months, then quarters, then years as the span grows', () => {
    expect(tickTimes(utc('2024-01-15T00:00'), utc('2024-07-15T00:00'), 6)).toMatchObject({ unit: 'month', step: 1 });
    const quarters = tickTimes(utc('2023-11-01T00:00'), utc('2025-02-01T00:00'), 6);
    expect(quarters).toMatchObject({ unit: 'month', step: 3 });
    expect(quarters.times.map(iso)).toEqual(['2024-01-01T00:00', '2024-04-01T00:00', '2024-07-01T00:00', '2024-10-01T00:00', '2025-01-01T00:00']);
    const decades = tickTimes(utc('1962-01-01T00:00'), utc('2024-07-01T00:00'), 6);
    expect(decades).toMatchObject({ unit: 'year', step: 10 });
    expect(decades.times.map((t) => new Date(t).getUTCFullYear())).toEqual([1970, 1980, 1990, 2000, 2010, 2020]);
  });

  it('ticks days (every other day from the 1st) and hours when zoomed in', () => {
    const days = tickTimes(utc('2024-06-20T00:00'), utc('2024-07-04T00:00'), 7);
    expect(days).toMatchObject({ unit: 'day', step: 2 });
    expect(days.times.map((t) => iso(t).slice(5, 10))).toEqual(['06-21', '06-23', '06-25', '06-27', '06-29', '07-01', '07-03']);
    const hours = tickTimes(utc('2024-06-25T01:00'), utc('2024-06-25T23:00'), 4);
    expect(hours).toMatchObject({ unit: 'hour', step: 6 });
    expect(hours.times.map((t) => iso(t).slice(11))).toEqual(['06:00', '12:00', '18:00']);
  });

  it('stays near the count asked for, over any span', () => {
    for (const [a, b] of [['2024-06-25T10:00', '2024-06-25T10:30'], ['2024-06-01T00:00', '2024-06-03T00:00'], ['1500-01-01T00:00', '2024-01-01T00:00']] as const) {
      const n = tickTimes(utc(a), utc(b), 8).times.length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(16);
    }
  });

  it('gives no ticks for an empty span', () => {
    expect(tickTimes(10, 5, 4).times).toEqual([]);
  });
});
