/**
 * Everything the overview draws, in pixels, for one width and zoom: lanes,
 * marks and clusters, each axis segment's ticks, the breaks between
 * segments, and the time span in view. Pure: the server renders it as the
 * static SVG (`../overviewSvg.ts`), the browser patches the same SVG from it
 * on every zoom (`../zoom.ts`).
 */
import {
  breakX,
  laneKinds,
  lanes,
  MARK_RADIUS,
  placeMarks,
  segmentRanges,
  segmentScales,
  toTime,
  type Frame,
  type Lane,
  type MarkInput,
  type PlacedItem,
  type Segment,
  type TimeScale,
  type ZoomX,
} from '../layout';
import { axisTicks, labelExtent, type Tick } from './axisTicks';

export interface SceneAxis {
  /** The segment's pixel range at this zoom (its axis line). */
  range: [number, number];
  ticks: Tick[];
}

export interface Scene {
  plot: [number, number];
  axisY: number;
  lanes: Lane[];
  /** Unzoomed pixel ranges of the segments (what d3-zoom's transform applies to). */
  ranges: [number, number][];
  scales: TimeScale[];
  items: PlacedItem[];
  axes: SceneAxis[];
  breaks: number[];
  /** Times at the plot's left and right edges. */
  view: [number, number];
}

export interface SceneOptions {
  lang: string;
  cluster: boolean;
  /** Lay out the marks too (a pan moves them all alike, so the browser skips this and shifts them). */
  items?: boolean;
}

export function overviewScene(marks: readonly MarkInput[], segments: readonly Segment[], frame: Frame, zoom: ZoomX, { lang, cluster, items: withItems = true }: SceneOptions): Scene {
  const { margin, width, height } = frame;
  const plot: [number, number] = [margin.left, width - margin.right];
  const ranges = segmentRanges(segments, ...plot);
  const scales = segmentScales(segments, ranges, zoom);
  const laneList = lanes(laneKinds(marks), frame);
  const items = withItems ? placeMarks(marks, segments, scales, laneList, { cluster }) : [];
  const visible: [number, number] = [plot[0] - MARK_RADIUS, plot[1] + MARK_RADIUS];
  // Phones get ticks a little closer: a 350 px axis would otherwise show two.
  const spacing = plot[1] - plot[0] < 500 ? 90 : 110;
  // Segment by segment, each starting its labels after the last one drawn (labels must not collide across a break).
  let after = -Infinity;
  const axes = segments.map((s, i) => {
    const ticks = axisTicks(s, scales[i]!, visible, lang, spacing, after);
    const last = ticks[ticks.length - 1];
    if (last) after = labelExtent(last)[1];
    return { range: scales[i]!.range, ticks };
  });
  const breaks = segments.slice(1).map((_, i) => breakX(ranges, i, zoom));
  return { plot, axisY: height - margin.bottom, lanes: laneList, ranges, scales, items, axes, breaks, view: [timeAt(scales, plot[0]), timeAt(scales, plot[1])] };
}

/** The time at pixel x: in the segment under it, or the nearest end of a segment when x falls in a break. */
function timeAt(scales: readonly TimeScale[], x: number): number {
  if (scales.length === 0) return 0;
  for (let i = 0; i < scales.length; i++) {
    const s = scales[i]!;
    if (x <= s.range[1]) return toTime(s, Math.max(x, s.range[0]));
  }
  const last = scales[scales.length - 1]!;
  return last.domain[1];
}
