import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.ts';

describe('percentile', () => {
  it('gives the median of odd and even counts, in any order', () => {
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
  });

  it('interpolates between ranks and keeps the ends', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
    expect(percentile([5, 9, 1], 0)).toBe(1);
    expect(percentile([5, 9, 1], 100)).toBe(9);
  });

  it('is NaN for no values and refuses a percentile outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(/0–100/);
  });
});
