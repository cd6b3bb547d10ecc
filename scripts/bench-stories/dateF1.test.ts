import { describe, expect, it } from 'vitest';
import { dateF1 } from './dateF1.ts';

describe('dateF1', () => {
  it('is the F1 of the system days against the gold days', () => {
    // 2 of 3 system days are gold days, 2 of 4 gold days found: P = 2/3, R = 1/2, F1 = 4/7.
    expect(dateF1(['2020-01-01', '2020-01-02', '2020-01-05'], ['2020-01-01', '2020-01-02', '2020-01-03', '2020-01-04'])).toBeCloseTo(4 / 7, 10);
  });

  it('counts each day once, and is 0 without a hit or without days', () => {
    expect(dateF1(['2020-01-01', '2020-01-01'], ['2020-01-01'])).toBe(1);
    expect(dateF1(['2020-01-02'], ['2020-01-01'])).toBe(0);
    expect(dateF1([], ['2020-01-01'])).toBe(0);
    expect(dateF1(['2020-01-01'], [])).toBe(0);
  });
});
