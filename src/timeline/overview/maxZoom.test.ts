import { describe, expect, it } from 'vitest';
import { maxZoom } from './maxZoom';

const DAY = 86_400_000;

describe('maxZoom', () => {
  it('lets six hours fill the plot in the densest segment', () => {
    // 100 days over 1000 px: 6 hours are 2.5 px; the plot is 1000 px.
    expect(maxZoom([{ domain: [0, 100 * DAY], single: false, count: 9 }], [[0, 1000]], 1000)).toBeCloseTo(400);
  });

  it('ignores single-period segments and keeps at least 4x', () => {
    expect(maxZoom([{ domain: [0, 365 * DAY], single: true, count: 1 }], [[0, 64]], 1000)).toBe(4);
    expect(maxZoom([{ domain: [0, DAY / 8], single: false, count: 2 }], [[0, 1000]], 1000)).toBe(4);
  });
});
