import { describe, expect, it } from 'vitest';
import { benchUiOptions } from './benchUiOptions.ts';

describe('benchUiOptions', () => {
  it('measures 16, 1,000 and 10,000 events by default, three LCP loads each, as a table', () => {
    expect(benchUiOptions([])).toEqual({ sizes: [16, 1000, 10000], json: false, seed: 1, lcpRuns: 3, keep: false, help: false });
  });

  it('takes sizes (underscores allowed), JSON output, a seed, runs and --keep', () => {
    expect(benchUiOptions(['--sizes', '16,10_000', '--json', '--seed', '9', '--runs', '5', '--keep'])).toEqual({
      sizes: [16, 10000],
      json: true,
      seed: 9,
      lcpRuns: 5,
      keep: true,
      help: false,
    });
  });

  it('refuses sizes that are not positive whole numbers, and unknown flags', () => {
    expect(() => benchUiOptions(['--sizes', '16,abc'])).toThrow(/--sizes must be a whole number ≥ 1, not "abc"/);
    expect(() => benchUiOptions(['--sizes', '0'])).toThrow(/--sizes/);
    expect(() => benchUiOptions(['--runs', '0'])).toThrow(/--runs/);
    expect(() => benchUiOptions(['--size', '16'])).toThrow();
  });
});
