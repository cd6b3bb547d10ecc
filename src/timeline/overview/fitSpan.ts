/**
 * The zoom transform that shows the pixel span [s0, s1] (at zoom 1) across
 * the plot [x0, x1], with a little room each side, within the zoom limits
 * and without panning past the ends of the axis (as d3-zoom's translate
 * extent would clamp it).
 */
import type { ZoomX } from '../layout';

export function fitSpan([s0, s1]: [number, number], [x0, x1]: [number, number], { maxK = Infinity, pad = 0.04 } = {}): ZoomX {
  const width = Math.max(1e-9, (s1 - s0) * (1 + 2 * pad));
  const k = Math.min(maxK, Math.max(1, (x1 - x0) / width));
  const x = (x0 + x1) / 2 - ((s0 + s1) / 2) * k;
  return { k, x: clampPan(x, k, [x0, x1]) };
}

/** Keeps [x0, x1] of the zoomed axis covering the plot: x between x1 - x1·k and x0 - x0·k. */
export function clampPan(x: number, k: number, [x0, x1]: [number, number]): number {
  return Math.min(x0 - x0 * k, Math.max(x1 - x1 * k, x));
}
