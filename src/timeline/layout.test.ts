import { describe, expect, it } from 'vitest';
import { DAY, lanes, placeMarks, segmentize, segmentRanges, segmentScales, toTime, toX, type MarkInput } from './layout';

const day = (iso: string): MarkInput => {
  const start = Date.parse(`${iso}T00:00Z`);
  return { id: iso, kind: 'main', start, end: start + DAY, range: false };
};

describe('segmentize', () => {
  it('keeps a compact story in one segment', () => {
    const s = segmentize([day('2024-06-01'), day('2024-06-20'), day('2024-07-10')]);
    expect(s).toHaveLength(1);
    expect(s[0]!.single).toBe(false);
  });

  it('splits off far background', () => {
    const year = { id: 'y', kind: 'background' as const, start: Date.UTC(1962, 0, 1), end: Date.UTC(1963, 0, 1), range: false };
    const s = segmentize([year, day('2024-06-01'), day('2024-07-10')]);
    expect(s.map((x) => x.single)).toEqual([true, false]);
    expect(s[0]!.domain).toEqual([year.start, year.end]);
  });

  it('does not split short gaps even when they dominate', () => {
    expect(segmentize([day('2024-01-01'), day('2024-01-02'), day('2024-04-01')])).toHaveLength(1);
  });

  it('caps the number of segments', () => {
    // Each gap dwarfs what lies after it: uncapped, every year is its own segment.
    const marks = [1000, 1900, 1990, 2015, 2022, 2024].map((y) => day(`${y}-01-01`));
    expect(segmentize(marks, { maxSegments: 10 })).toHaveLength(6);
    expect(segmentize(marks, { maxSegments: 3 })).toHaveLength(3);
    // The largest gaps go first.
    expect(segmentize(marks, { maxSegments: 2 }).map((s) => s.count)).toEqual([1, 5]);
  });
});

describe('segmentRanges', () => {
  it('fills the width, keeps gaps, gives single periods the minimum', () => {
    const segments = [
      { domain: [0, 1] as [number, number], single: true, count: 1 },
      { domain: [2, 3] as [number, number], single: false, count: 5 },
    ];
    const r = segmentRanges(segments, 100, 900);
    expect(r[0]![0]).toBe(100);
    expect(r[0]![1] - r[0]![0]).toBe(64);
    expect(r[1]![0] - r[0]![1]).toBe(28);
    expect(r[1]![1]).toBe(900);
  });
});

describe('segmentScales', () => {
  it('maps time to pixels and back, around the zoom transform', () => {
    const segments = segmentize([day('2024-06-01'), day('2024-07-31')]);
    const ranges = segmentRanges(segments, 0, 1000);
    const [plain] = segmentScales(segments, ranges);
    const [zoomed] = segmentScales(segments, ranges, { k: 4, x: -1500 });
    const t = Date.UTC(2024, 6, 1);
    expect(toX(zoomed!, t)).toBeCloseTo(toX(plain!, t) * 4 - 1500, 6);
    expect(toTime(zoomed!, toX(zoomed!, t))).toBeCloseTo(t, -1);
    expect(toX(plain!, segments[0]!.domain[0])).toBe(0);
    expect(toX(plain!, segments[0]!.domain[1])).toBe(1000);
  });
});

describe('placeMarks', () => {
  const frame = { width: 1000, height: 80, margin: { top: 4, right: 0, bottom: 24, left: 0 }, rows: 3 };
  const place = (marks: MarkInput[], cluster: boolean) => {
    const segments = segmentize(marks);
    const scales = segmentScales(segments, segmentRanges(segments, 0, 1000));
    return placeMarks(marks, segments, scales, lanes(['main'], frame), { cluster });
  };
  // Five events on one day, two on another.
  const marks = [...['a', 'b', 'c', 'd', 'e'].map((id) => ({ ...day('2024-06-10'), id })), day('2024-06-20'), { ...day('2024-06-20'), id: 'f' }];

  it('stacks marks of one day into rows, then overlaps what the rows cannot hold', () => {
    const items = place(marks, false);
    expect(items.map((i) => i.ids.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(items.slice(0, 5).map((i) => i.row)).toEqual([0, 1, 2, 0, 0]);
  });

  it('clusters what the rows cannot hold, keeping the items in date order', () => {
    const items = place(marks, true);
    expect(items.map((i) => i.ids)).toEqual([['a', 'b', 'c', 'd', 'e'], ['2024-06-20'], ['f']]);
    expect(items.slice(1).map((i) => i.row)).toEqual([0, 1]);
    // The cluster's pill is wide enough for its count.
    expect(items[0]!.x1 - items[0]!.x0).toBeGreaterThanOrEqual(24);
  });
});
