import type { DatedMention } from './types.ts';

/** Each source's mentions, by the index of the cluster that holds them: built once, looked up per source. */
export function clustersBySource(clusters: readonly (readonly DatedMention[])[]): Map<string, Map<number, DatedMention[]>> {
  const bySource = new Map<string, Map<number, DatedMention[]>>();
  clusters.forEach((cluster, index) => {
    for (const m of cluster) {
      const clustersOf = bySource.get(m.source) ?? new Map<number, DatedMention[]>();
      const list = clustersOf.get(index);
      if (list) list.push(m);
      else clustersOf.set(index, [m]);
      bySource.set(m.source, clustersOf);
    }
  });
  return bySource;
}
