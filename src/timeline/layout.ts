/**
 * Geometry of the overview, as plain functions of data (no DOM): the server
 * renders the static SVG with them and the browser re-runs them at its real
 * width and on every zoom, so both always agree.
 *
 * A story's events bunch up (weeks in 2024) while its background lies decades
 * earlier (the 1970s). One linear axis would squash the story into a dot, so the
 * axis is broken into segments at the long empty gaps; each segment is a
 * linear UTC scale of its own, and the breaks are drawn on the axis.
 *
 * The scales are a few lines of arithmetic rather than d3-scale: the browser
 * needs nothing else from it, and d3-scale's time scale brings d3-time-format,
 * d3-interpolate and d3-color with it (10 KB gzipped of the page's 30 KB).
 */
import { clusterMarks } from './overview/clusterMarks';

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
  /** Rows of marks per lane: marks closer than a dot stack up to this many high. */
  rows: number;
}

/** d3-zoom's transform, reduced to what an x axis needs. */
export interface ZoomX {
  k: number;
  x: number;
}

/** A linear map from time (epoch ms) to pixels. */
export interface TimeScale {
  domain: [number, number];
  range: [number, number];
}

export const MARK_RADIUS = 5;
export const ROW_HEIGHT = 15;
/** Height of a lane's label line, drawn only when there are two lanes. */
export const LANE_LABEL_HEIGHT = 14;
export const SEGMENT_GAP = 28;
export const SEGMENT_MIN_WIDTH = 64;
/** Free space kept between two marks side by side, in pixels (the same as the row dodging keeps). */
export const MARK_GAP = 2;
/** A cluster's pill is at least this wide, room for its count ("128"). */
export const CLUSTER_MIN_WIDTH = 24;

export const identityZoom: ZoomX = { k: 1, x: 0 };

/** Pixel of time t. */
export function toX(scale: TimeScale, t: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  return d1 === d0 ? (r0 + r1) / 2 : r0 + ((t - d0) / (d1 - d0)) * (r1 - r0);
}

/** Time at pixel x. */
export function toTime(scale: TimeScale, x: number): number {
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  return r1 === r0 ? d0 : d0 + ((x - r0) / (r1 - r0)) * (d1 - d0);
}

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

/** One time scale per segment, with the zoom transform applied to its pixel range. */
export function segmentScales(segments: readonly Segment[], ranges: readonly [number, number][], zoom: ZoomX = identityZoom): TimeScale[] {
  return segments.map((s, i) => {
    const [r0, r1] = ranges[i]!;
    return { domain: s.domain, range: [r0 * zoom.k + zoom.x, r1 * zoom.k + zoom.x] };
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

export interface Lane {
  kind: Kind;
  /** Top of the lane's area (its label sits here when there are two lanes). */
  top: number;
  bottom: number;
  /** y of the lane's first row (rows stack upwards from it). */
  baseline: number;
  /** How many rows of marks it holds. */
  rows: number;
}

/** The lanes the marks need, top to bottom: background above the story (each only if it has events). */
export function laneKinds(marks: readonly Pick<MarkInput, 'kind'>[]): Kind[] {
  const hasBackground = marks.some((m) => m.kind === 'background');
  const hasMain = marks.some((m) => m.kind === 'main') || !hasBackground;
  return [...(hasBackground ? (['background'] as const) : []), ...(hasMain ? (['main'] as const) : [])];
}

/** Lanes share the plot's height equally; the story lane sits on the axis. */
export function lanes(kinds: readonly Kind[], frame: Frame): Lane[] {
  const { height, margin } = frame;
  const top = margin.top;
  const h = (height - margin.bottom - top) / Math.max(1, kinds.length);
  return kinds.map((kind, i) => {
    const laneTop = top + i * h;
    const laneBottom = laneTop + h;
    return { kind, top: laneTop, bottom: laneBottom, baseline: laneBottom - ROW_HEIGHT / 2 - 2, rows: frame.rows };
  });
}

/** What is drawn for one or more events: a mark (one id) or a cluster (several, with their count). */
export interface PlacedItem {
  /** The events it stands for, in date order. */
  ids: string[];
  kind: Kind;
  segment: number;
  /** Centre: of the dot, of the range's start, or of the cluster's pill. */
  x: number;
  y: number;
  /** What is drawn around x, in pixels: a mark's period or range, a cluster's pill. */
  x0: number;
  x1: number;
  row: number;
}

/** A mark's position before rows: its centre, its span and the pixels it covers. */
interface Positioned {
  index: number;
  id: string;
  segment: number;
  x: number;
  x0: number;
  x1: number;
  left: number;
  right: number;
}

export interface PlaceOptions {
  /** Group marks that would overlap into clusters (the browser does; the no-JS SVG shows every mark). */
  cluster?: boolean;
}

/**
 * Positions every event: x from its segment's scale (centre of its period or
 * start of its range), y by lane. With `cluster`, marks too close to stack in
 * the lane's rows become one cluster. Then items closer than a dot's width
 * are dodged into rows so they do not hide each other. Items come back in
 * the events' order (the order given: by date), clusters at their first member.
 */
export function placeMarks(
  marks: readonly MarkInput[],
  segments: readonly Segment[],
  scales: readonly TimeScale[],
  laneList: readonly Lane[],
  { cluster = false }: PlaceOptions = {},
): PlacedItem[] {
  const placed: { first: number; item: PlacedItem }[] = [];
  for (const lane of laneList) {
    const inLane: Positioned[] = [];
    marks.forEach((m, index) => {
      if (m.kind !== lane.kind) return;
      const segment = segmentOf(segments, m.start);
      const scale = scales[segment]!;
      const x0 = toX(scale, m.start);
      const x1 = toX(scale, m.end);
      const x = m.range ? x0 : (x0 + x1) / 2;
      const left = x - MARK_RADIUS;
      const right = m.range ? Math.max(x1, x0) + MARK_RADIUS : x + MARK_RADIUS;
      inLane.push({ index, id: m.id, segment, x, x0, x1, left, right });
    });
    inLane.sort((a, b) => a.x - b.x || a.index - b.index);
    const groups = cluster
      ? clusterMarks(inLane, { distance: 2 * MARK_RADIUS + MARK_GAP, maxSpan: 4 * (2 * MARK_RADIUS + MARK_GAP), maxMembers: lane.rows })
      : inLane.map((p) => [p]);
    const items = groups.map((group) => footprint(group)).sort((a, b) => a.left - b.left || a.first - b.first);
    const rowsEnd: number[] = []; // right-most pixel used per row
    for (const it of items) {
      let row = rowsEnd.findIndex((end) => end + MARK_GAP <= it.left);
      if (row < 0) row = rowsEnd.length < lane.rows ? rowsEnd.length : indexOfMin(rowsEnd);
      rowsEnd[row] = Math.max(rowsEnd[row] ?? -Infinity, it.right);
      placed.push({
        first: it.first,
        item: { ids: it.ids, kind: lane.kind, segment: it.segment, x: it.x, y: lane.baseline - row * ROW_HEIGHT, x0: it.x0, x1: it.x1, row },
      });
    }
  }
  return placed.sort((a, b) => a.first - b.first).map((p) => p.item);
}

/** One group's item: a lone mark as it is; several as a pill over their extent, at least wide enough for the count. */
function footprint(group: readonly Positioned[]) {
  const byOrder = [...group].sort((a, b) => a.index - b.index);
  const head = group[0]!;
  if (group.length === 1) return { ...head, ids: [head.id], first: head.index };
  const lo = Math.min(...group.map((p) => p.x));
  const hi = Math.max(...group.map((p) => p.x));
  const x = (lo + hi) / 2;
  const half = Math.max(CLUSTER_MIN_WIDTH / 2, (hi - lo) / 2 + MARK_RADIUS);
  return { ids: byOrder.map((p) => p.id), first: byOrder[0]!.index, segment: head.segment, x, x0: x - half, x1: x + half, left: x - half, right: x + half };
}

function indexOfMin(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v < values[best]!) best = i;
  });
  return best;
}

/** x of the break drawn between segment i and i+1. */
export function breakX(ranges: readonly [number, number][], i: number, zoom: ZoomX = identityZoom): number {
  const mid = (ranges[i]![1] + ranges[i + 1]![0]) / 2;
  return mid * zoom.k + zoom.x;
}

/** Rounds to 0.1 px: stable output and smaller files. */
export function px(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}
