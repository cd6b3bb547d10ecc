import { describe, expect, it } from 'vitest';
import { clampPan, fitSpan } from './fitSpan';

describe('fitSpan', () => {
  it('zooms a span to fill the plot, centred', () => {
    const t = fitSpan([400, 500], [0, 1000], { pad: 0 });
    expect(t.k).toBeCloseTo(10);
    expect(400 * t.k + t.x).toBeCloseTo(0);
    expect(500 * t.k + t.x).toBeCloseTo(1000);
  });

  it('leaves room each side, and never zooms out past the whole axis', () => {
    const t = fitSpan([400, 500], [0, 1000]);
    expect(400 * t.k + t.x).toBeGreaterThan(0);
    expect(fitSpan([0, 5000], [0, 1000])).toEqual({ k: 1, x: 0 });
  });

  it('caps the zoom and does not pan past the ends of the axis', () => {
    expect(fitSpan([500, 500.001], [0, 1000], { maxK: 50 }).k).toBe(50);
    const atEnd = fitSpan([950, 1000], [0, 1000], { pad: 0 });
    expect(1000 * atEnd.k + atEnd.x).toBeCloseTo(1000);
    expect(clampPan(100, 2, [10, 1010])).toBe(-10);
    expect(clampPan(-5000, 2, [10, 1010])).toBe(-1010);
  });
});
