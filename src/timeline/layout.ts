/**
 * Geometry of the overview, as plain functions of data (no DOM): the server
 * renders the static SVG with them and the browser re-runs them on zoom, so
 * both always agree. Only d3-scale is used here.
 *
 * A story's events bunch up (weeks in 2024) while its background lies decades
 * earlier (the 1970s). One linear axis would squash the story into a dot, so the
 * axis is broken into segments at the long empty gaps; each segment is a
 * linear UTC scale of its own, and the breaks are drawn on the axis.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';

export const DAY = 86_400_000;

export type Kind = 'main' | 'background';

/** One event reduced to what the overview draws. Times are epoch ms; end is exclusive. */
export interface MarkInput {
  id: string;
  kind: Kind;
  start: number;
  end: number;
  /** True for an explicit range (9–11 July); false for one period (a day, a month, a year). */
  range: boolean;
}

export interface Segment {
  /** Padded time domain, epoch ms. */
  domain: [number, number];
  /** All its events name the same period: label it once instead of with ticks. */
  single: boolean;
  /** How many events fall in it (by start). */
  count: number;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  width: number;
  height: number;
  margin: Margin;
}

/** d3-zoom's transform, reduced to what an x axis needs. */
export interface ZoomX {
  k: number;
  x: number;
}

export const MARK_RADIUS = 6;
export const ROW_HEIGHT = 16;
export const SEGMENT_GAP = 28;
export const SEGMENT_MIN_WIDTH = 64;

export const defaultMargin: Margin = { top: 12, right: 20, bottom: 30, left: 104 };

/**
 * Splits the events' time extent at long empty gaps. A gap breaks the axis
 * when it is at least `minGap` long and more than `ratio` of the segment it
 * would split. Largest gaps are tried first; at most `maxSegments` result.
 */
export function segmentize(
  marks: readonly MarkInput[],
  { minGap = 180 * DAY, ratio = 0.5, maxSegments = 5 } = {},
): Segment[] {
  if (marks.length === 0) return [];
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.id, b.id));
  // Gaps between consecutive clusters of overlapping spans.
  const gaps: { at: number; from: number; to: number }[] = [];
  let reach = sorted[0]!.end;
  for (let i = 1; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.start > reach) gaps.push({ at: i, from: reach, to: m.start });
    reach = Math.max(reach, m.end);
  }
  // Segments as index ranges [lo, hi) into sorted; split greedily by largest gap.
  let bounds: [number, number][] = [[0, sorted.length]];
  const byLength = [...gaps].sort((a, b) => b.to - b.from - (a.to - a.from) || a.at - b.at);
  for (const gap of byLength) {
    if (bounds.length >= maxSegments) break;
    const length = gap.to - gap.from;
    if (length < minGap) break;
    const k = bounds.findIndex(([lo, hi]) => lo < gap.at && gap.at < hi);
    if (k < 0) continue;
    const [lo, hi] = bounds[k]!;
    const span = extent(sorted.slice(lo, hi));
    if (length <= ratio * (span[1] - span[0])) continue;
    bounds = [...bounds.slice(0, k), [lo, gap.at], [gap.at, hi], ...bounds.slice(k + 1)];
  }
  return bounds.map(([lo, hi]) => {
    const members = sorted.slice(lo, hi);
    const [t0, t1] = extent(members);
    const single = members.every((m) => m.start === t0 && m.end === t1);
    // Pad so marks at the ends are not cut by the edge: 6% each side, at least half a day.
    const pad = single ? 0 : Math.max((t1 - t0) * 0.06, DAY / 2);
    return { domain: [t0 - pad, t1 + pad], single, count: members.length };
  });
}

function extent(marks: readonly MarkInput[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of marks) {
    lo = Math.min(lo, m.start);
    hi = Math.max(hi, m.end);
  }
  return [lo, hi];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Pixel ranges of the segments between x0 and x1: each gets a minimum width,
 * the rest is shared by how many events it holds (single-period segments
 * stay at the minimum).
 */
export function segmentRanges(segments: readonly Segment[], x0: number, x1: number): [number, number][] {
  const n = segments.length;
  if (n === 0) return [];
  const free = x1 - x0 - SEGMENT_GAP * (n - 1) - SEGMENT_MIN_WIDTH * n;
  const weights = segments.map((s) => (s.single && n > 1 ? 0 : s.count));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const out: [number, number][] = [];
  let x = x0;
  segments.forEach((_, i) => {
    const w = SEGMENT_MIN_WIDTH + Math.max(0, free) * (weights[i]! / total);
    out.push([x, x + w]);
    x += w + SEGMENT_GAP;
  });
  // Rounding drift: the last segment ends exactly at x1.
  if (free >= 0) out[n - 1]![1] = x1;
  return out;
}

/** One UTC scale per segment, with the zoom transform applied to its pixel range. */
export function segmentScales(
  segments: readonly Segment[],
  ranges: readonly [number, number][],
  zoom: ZoomX = { k: 1, x: 0 },
): ScaleTime<number, number>[] {
  return segments.map((s, i) => {
    const [r0, r1] = ranges[i]!;
    return scaleUtc()
      .domain([new Date(s.domain[0]), new Date(s.domain[1])])
      .range([r0 * zoom.k + zoom.x, r1 * zoom.k + zoom.x]);
  });
}

/** Index of the segment whose domain holds t (the nearest one otherwise). */
export function segmentOf(segments: readonly Segment[], t: number): number {
  let best = 0;
  let bestDistance = Infinity;
  segments.forEach((s, i) => {
    const d = t < s.domain[0] ? s.domain[0] - t : t > s.domain[1] ? t - s.domain[1] : 0;
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}

export interface PlacedMark {
  id: string;
  kind: Kind;
  segment: number;
  /** Centre of the dot. */
  x: number;
  y: number;
  /** Extent of the span (the whole period or range), in pixels. */
  x0: number;
  x1: number;
  row: number;
}

/** Vertical centre of row `row` in a lane whose bottom row sits at `baseline`. */
function rowY(baseline: number, row: number, rowHeight: number): number {
  return baseline - row * rowHeight;
}

export interface Lane {
  kind: Kind;
  /** y of the lane's first row (rows stack upwards). */
  baseline: number;
  /** Top of the lane's area (for its label and guide). */
  top: number;
  bottom: number;
}

/** Story lane at the bottom, next to the axis; background lane above it (only if there are background events). */
export function lanes(marks: readonly MarkInput[], frame: Frame): Lane[] {
  const { height, margin } = frame;
  const top = margin.top;
  const bottom = height - margin.bottom;
  const hasBackground = marks.some((m) => m.kind === 'background');
  const hasMain = marks.some((m) => m.kind === 'main') || !hasBackground;
  const kinds: Kind[] = [...(hasBackground ? (['background'] as const) : []), ...(hasMain ? (['main'] as const) : [])];
  const h = (bottom - top) / kinds.length;
  return kinds.map((kind, i) => {
    const laneTop = top + i * h;
    const laneBottom = laneTop + h;
    return {
      kind,
      top: laneTop,
      bottom: laneBottom,
      baseline: laneBottom - ROW_HEIGHT / 2 - 2,
    };
  });
}

/**
 * Positions every mark: x from its segment's scale (centre of its period or
 * start of its range), y by lane, dodged into rows so that marks closer than
 * a dot's width do not hide each other.
 */
export function placeMarks(
  marks: readonly MarkInput[],
  segments: readonly Segment[],
  scales: readonly ScaleTime<number, number>[],
  laneList: readonly Lane[],
): PlacedMark[] {
  const placed: PlacedMark[] = [];
  for (const lane of laneList) {
    const maxRows = Math.max(1, Math.floor((lane.baseline - lane.top + ROW_HEIGHT / 2) / ROW_HEIGHT));
    const rowsEnd: number[] = []; // right-most pixel used per row
    const inLane = marks
      .filter((m) => m.kind === lane.kind)
      .map((m) => {
        const segment = segmentOf(segments, m.start);
        const scale = scales[segment]!;
        const x0 = scale(new Date(m.start));
        const x1 = scale(new Date(m.end));
        const x = m.range ? x0 : (x0 + x1) / 2;
        const left = m.range ? x0 - MARK_RADIUS : x - MARK_RADIUS;
        const right = m.range ? Math.max(x1, x0) + MARK_RADIUS : x + MARK_RADIUS;
        return { m, segment, x, x0, x1, left, right };
      })
      .sort((a, b) => a.left - b.left || cmp(a.m.id, b.m.id));
    for (const p of inLane) {
      let row = rowsEnd.findIndex((end) => end + 2 <= p.left);
      if (row < 0) {
        row = rowsEnd.length < maxRows ? rowsEnd.length : indexOfMin(rowsEnd);
      }
      rowsEnd[row] = Math.max(rowsEnd[row] ?? -Infinity, p.right);
      placed.push({
        id: p.m.id,
        kind: p.m.kind,
        segment: p.segment,
        x: p.x,
        y: rowY(lane.baseline, row, ROW_HEIGHT),
        x0: p.x0,
        x1: p.x1,
        row,
      });
    }
  }
  return placed;
}

function indexOfMin(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v < values[best]!) best = i;
  });
  return best;
}

/** x of the break drawn between segment i and i+1. */
export function breakX(ranges: readonly [number, number][], i: number, zoom: ZoomX = { k: 1, x: 0 }): number {
  const mid = (ranges[i]![1] + ranges[i + 1]![0]) / 2;
  return mid * zoom.k + zoom.x;
}

/** How a single-period segment is labelled: by the length of the period. */
export function singleSpecifier(segment: Segment): string {
  const length = segment.domain[1] - segment.domain[0];
  if (length >= 365 * DAY) return '%Y';
  if (length >= 28 * DAY) return '%b %Y';
  if (length >= DAY) return '%-d %b %Y';
  return '%-d %b %Y %H:%M';
}

/**
 * Tick values and labels of one segment: the middle of a single-period
 * segment with its period as label, otherwise the scale's own ticks, about
 * one per 130 px. Formats come from d3-scale's tickFormat (UTC, English).
 */
export function segmentTicks(
  segment: Segment,
  scale: ScaleTime<number, number>,
  visible?: [number, number],
): { values: Date[]; format: (d: Date) => string } {
  if (segment.single) {
    const mid = new Date((segment.domain[0] + segment.domain[1]) / 2);
    const fmt = scale.tickFormat(1, singleSpecifier(segment));
    return { values: [mid], format: () => fmt(new Date(segment.domain[0])) };
  }
  let [r0, r1] = scale.range() as [number, number];
  if (visible) {
    r0 = Math.max(r0, visible[0]);
    r1 = Math.min(r1, visible[1]);
  }
  if (r1 <= r0) return { values: [], format: scale.tickFormat() };
  const count = Math.max(2, Math.floor((r1 - r0) / 130));
  // Ticks of the visible part only: a zoomed-in segment would otherwise ask for thousands.
  const part = scale.copy().domain([scale.invert(r0), scale.invert(r1)]);
  return { values: part.ticks(count), format: part.tickFormat(count) };
}

/** Rounds to 0.1 px: stable output and smaller files. */
export function px(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}
