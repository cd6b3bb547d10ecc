import { describe, expect, it } from 'vitest';
import { DAY, segmentize, type MarkInput } from '../layout';
import { overviewFrame } from './overviewFrame';
import { labelExtent } from './axisTicks';
import { overviewScene } from './overviewScene';

const day = (iso: string, id = iso): MarkInput => {
  const start = Date.parse(`${iso}T00:00Z`);
  return { id, kind: 'main', start, end: start + DAY, range: false };
};

// A busy day of six events among a month of single ones.
const marks = [
  day('2024-06-01'),
  ...Array.from({ length: 6 }, (_, i) => day('2024-06-12', `busy-${i}`)),
  day('2024-06-20'),
  day('2024-06-30'),
];
const segments = segmentize(marks);
const frame = overviewFrame(600, 1);

describe('overviewScene', () => {
  it('draws every mark unclustered for the static SVG', () => {
    const scene = overviewScene(marks, segments, frame, { k: 1, x: 0 }, { lang: 'en', cluster: false });
    expect(scene.items.map((i) => i.ids.length)).toEqual(Array(marks.length).fill(1));
    expect(scene.items.map((i) => i.ids[0])).toEqual(marks.map((m) => m.id));
  });

  it('clusters the busy day with its count, in date order, and keeps the others', () => {
    const scene = overviewScene(marks, segments, frame, { k: 1, x: 0 }, { lang: 'en', cluster: true });
    expect(scene.items.map((i) => i.ids.length)).toEqual([1, 6, 1, 1]);
    expect(scene.items[1]!.ids).toEqual(marks.slice(1, 7).map((m) => m.id));
  });

  it('reports the time in view and shrinks it when zoomed', () => {
    const all = overviewScene(marks, segments, frame, { k: 1, x: 0 }, { lang: 'en', cluster: true });
    const zoomed = overviewScene(marks, segments, frame, { k: 4, x: -900 }, { lang: 'en', cluster: true });
    expect(all.view[0]).toBeLessThan(Date.UTC(2024, 5, 1));
    expect(all.view[1]).toBeGreaterThan(Date.UTC(2024, 5, 30));
    expect(zoomed.view[1] - zoomed.view[0]).toBeCloseTo((all.view[1] - all.view[0]) / 4, -3);
    // Ticks in view only, and the first carries the year.
    for (const tick of zoomed.axes[0]!.ticks) expect(tick.x).toBeGreaterThanOrEqual(zoomed.plot[0] - 6);
    expect(zoomed.axes[0]!.ticks[0]!.label).toMatch(/2024/);
  });

  it('can leave the marks out: a pan moves them all alike, only the axis changes', () => {
    const full = overviewScene(marks, segments, frame, { k: 4, x: -900 }, { lang: 'en', cluster: true });
    const panned = overviewScene(marks, segments, frame, { k: 4, x: -800 }, { lang: 'en', cluster: true });
    const axisOnly = overviewScene(marks, segments, frame, { k: 4, x: -800 }, { lang: 'en', cluster: true, items: false });
    expect(axisOnly.items).toEqual([]);
    expect(axisOnly.axes).toEqual(panned.axes);
    expect(panned.items).toEqual(full.items.map((i) => ({ ...i, x: i.x + 100, x0: i.x0 + 100, x1: i.x1 + 100 })));
  });

  it('keeps tick labels apart across axis breaks', () => {
    const broken = [{ id: 'old', kind: 'main' as const, start: Date.UTC(2019, 8, 26), end: Date.UTC(2019, 8, 27), range: false }, ...marks];
    const scene = overviewScene(broken, segmentize(broken), overviewFrame(300, 1), { k: 1, x: 0 }, { lang: 'en', cluster: true });
    const labels = scene.axes.flatMap((a) => a.ticks).map((t) => labelExtent(t));
    expect(scene.axes).toHaveLength(2);
    for (let i = 1; i < labels.length; i++) expect(labels[i]![0]).toBeGreaterThan(labels[i - 1]![1]);
  });

  it('writes its ticks in the page language', () => {
    const ru = overviewScene(marks, segments, frame, { k: 1, x: 0 }, { lang: 'ru', cluster: true });
    expect(ru.axes[0]!.ticks.map((t) => t.label).join(' ')).toMatch(/июн\./);
  });
});
