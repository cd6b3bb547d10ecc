/**
 * Which marks of one lane are drawn as one cluster. Marks come sorted by x
 * (pixels, at the current zoom). A run of marks, each closer than `distance`
 * to the one before and all within `maxSpan` of the first, is a group; a
 * group small enough to stack in the lane's rows (`maxMembers`) stays as
 * separate marks, a larger one becomes a cluster. `maxSpan` keeps a dense
 * stretch from chaining into one cluster the width of the axis: it becomes
 * several, each covering at most that many pixels. Zooming in spreads the
 * marks, so groups shrink and clusters come apart.
 */
export interface ClusterOptions {
  distance: number;
  maxSpan: number;
  maxMembers: number;
}

export function clusterMarks<T extends { x: number }>(sorted: readonly T[], { distance, maxSpan, maxMembers }: ClusterOptions): T[][] {
  const out: T[][] = [];
  let group: T[] = [];
  const flush = () => {
    if (group.length > maxMembers) out.push(group);
    else for (const mark of group) out.push([mark]);
  };
  for (const mark of sorted) {
    const first = group[0];
    const last = group[group.length - 1];
    if (first && last && mark.x - last.x < distance && mark.x - first.x <= maxSpan) {
      group.push(mark);
      continue;
    }
    if (group.length > 0) flush();
    group = [mark];
  }
  if (group.length > 0) flush();
  return out;
}
