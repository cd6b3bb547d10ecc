/**
 * How far to pan (pixels, added to the zoom's x) so that x lies inside the
 * plot with `margin` to spare; 0 when it already does. Used to keep the
 * focused mark and the events being read in sight.
 */
export function panIntoView(x: number, [x0, x1]: [number, number], margin = 24): number {
  const m = Math.min(margin, (x1 - x0) / 2);
  if (x < x0 + m) return x0 + m - x;
  if (x > x1 - m) return x1 - m - x;
  return 0;
}
