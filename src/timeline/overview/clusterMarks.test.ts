import { describe, expect, it } from 'vitest';
import { clusterMarks } from './clusterMarks';

const at = (...xs: number[]) => xs.map((x, i) => ({ id: `m${i}`, x }));
const ids = (groups: { id: string }[][]) => groups.map((g) => g.map((m) => m.id));
const options = { distance: 15, maxSpan: 60, maxMembers: 3 };

describe('clusterMarks', () => {
  it('keeps marks that are far apart as they are', () => {
    expect(ids(clusterMarks(at(0, 20, 40, 100), options))).toEqual([['m0'], ['m1'], ['m2'], ['m3']]);
  });

  it('leaves a small group to stack in rows', () => {
    // Three marks on one day fit the lane's three rows.
    expect(ids(clusterMarks(at(50, 50, 50), options))).toEqual([['m0'], ['m1'], ['m2']]);
  });

  it('clusters a group larger than the rows', () => {
    expect(ids(clusterMarks(at(0, 5, 10, 12, 80), options))).toEqual([['m0', 'm1', 'm2', 'm3'], ['m4']]);
  });

  it('chains marks closer than the distance to the one before', () => {
    expect(ids(clusterMarks(at(0, 14, 28, 42, 56), options))).toEqual([['m0', 'm1', 'm2', 'm3', 'm4']]);
  });

  it('cuts a dense stretch into clusters no wider than maxSpan', () => {
    const dense = at(...Array.from({ length: 20 }, (_, i) => i * 10));
    const groups = clusterMarks(dense, options);
    expect(groups.map((g) => g.length)).toEqual([7, 7, 6]);
    for (const g of groups) expect(g.at(-1)!.x - g[0]!.x).toBeLessThanOrEqual(60);
  });

  it('separates as the zoom spreads the marks', () => {
    const xs = [0, 4, 8, 12, 16];
    expect(clusterMarks(at(...xs), options)).toHaveLength(1);
    expect(clusterMarks(at(...xs.map((x) => x * 2)), options)).toHaveLength(1);
    expect(clusterMarks(at(...xs.map((x) => x * 4)), options)).toHaveLength(5);
  });

  it('handles no marks and one mark', () => {
    expect(clusterMarks([], options)).toEqual([]);
    expect(ids(clusterMarks(at(3), options))).toEqual([['m0']]);
  });
});
