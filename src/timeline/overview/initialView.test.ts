import { describe, expect, it } from 'vitest';
import { DAY, segmentize, segmentRanges, type MarkInput } from '../layout';
import { initialView } from './initialView';

const day = (iso: string, kind: MarkInput['kind'] = 'main'): MarkInput => {
  const start = Date.parse(`${iso}T00:00Z`);
  return { id: iso, kind, start, end: start + DAY, range: false };
};
const year = (y: number, kind: MarkInput['kind'] = 'background'): MarkInput => ({ id: String(y), kind, start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), range: false });

function view(marks: MarkInput[], width: number) {
  const segments = segmentize(marks);
  const plot: [number, number] = [10, width - 10];
  const ranges = segmentRanges(segments, ...plot);
  return { t: initialView(marks, segments, ranges, plot), ranges, plot };
}

const story = ['2021-04-09', '2021-05-18', '2021-05-19', '2021-05-20', '2021-05-21', '2021-06-03', '2021-06-08'].map((d) => day(d));

describe('initialView', () => {
  it('opens on everything when the story already has most of the width', () => {
    expect(view([year(1979), ...story], 1280).t).toEqual({ k: 1, x: 0 });
  });

  it('opens on the story on a phone, leaving the background years off to the left', () => {
    const { t, ranges, plot } = view([year(1979), day('2020-02-01'), ...story], 390);
    expect(ranges).toHaveLength(3);
    expect(t.k).toBeGreaterThan(1.5);
    // The story's segment fills the plot; the 1979 segment is out of view but reachable (k is finite, pan is clamped).
    const [s0, s1] = ranges[2]!;
    expect(s0 * t.k + t.x).toBeGreaterThanOrEqual(plot[0] - 1);
    expect(s1 * t.k + t.x).toBeLessThanOrEqual(plot[1] + 1);
    expect(ranges[0]![1] * t.k + t.x).toBeLessThan(plot[0]);
  });

  it('narrows to the central events when a straggler stretches the story', () => {
    // One story event four months before a dense fortnight, in the same segment.
    const dense = Array.from({ length: 40 }, (_, i) => day(`2024-06-${String(1 + (i % 14)).padStart(2, '0')}`));
    const marks = [day('2024-02-01'), ...dense, day('2024-06-30')].map((m, i) => ({ ...m, id: `e${i}` }));
    const { t, plot } = view(marks, 1000);
    expect(t.k).toBeGreaterThan(2);
    // The dense fortnight is in view.
    const segments = segmentize(marks);
    const ranges = segmentRanges(segments, ...plot);
    const x = (ms: number) => {
      const [r0, r1] = ranges[0]!;
      const [d0, d1] = segments[0]!.domain;
      return (r0 + ((ms - d0) / (d1 - d0)) * (r1 - r0)) * t.k + t.x;
    };
    expect(x(Date.UTC(2024, 5, 2))).toBeGreaterThan(plot[0]);
    expect(x(Date.UTC(2024, 5, 14))).toBeLessThan(plot[1]);
  });

  it('copes with no events and with background only', () => {
    expect(view([], 390).t).toEqual({ k: 1, x: 0 });
    expect(view([year(1979), year(1980)], 390).t.k).toBeGreaterThanOrEqual(1);
  });
});
