/**
 * How far the overview may zoom in: until six hours fill the plot in its
 * most compressed segment, enough to part events told to the minute on one
 * day. At least 4×, so a short story can still be looked at closely.
 */
import type { Segment } from '../layout';

const SIX_HOURS = 6 * 3_600_000;

export function maxZoom(segments: readonly Segment[], ranges: readonly [number, number][], plotWidth: number): number {
  let k = 4;
  segments.forEach((s, i) => {
    const [r0, r1] = ranges[i]!;
    const length = s.domain[1] - s.domain[0];
    if (s.single || length <= 0 || r1 <= r0) return;
    const sixHoursPx = ((r1 - r0) * SIX_HOURS) / length;
    k = Math.max(k, plotWidth / sixHoursPx);
  });
  return k;
}
