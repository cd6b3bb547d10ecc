/**
 * The p-th percentile (0–100) of some values, interpolating linearly between
 * the two nearest ranks (as numpy and most benchmark tools do), so that the
 * median of an even count is the mean of the middle two. NaN when empty.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile must be within 0–100, not ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}
