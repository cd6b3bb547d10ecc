import type { DatedMention } from './types.ts';
import { cosineSimilarity, type TermVector } from './termVectors.ts';

/** Mentions on the same date whose average content similarity reaches this are one happening… */
export const SAME_HAPPENING = 0.2;
/** …and so are two groups where some pair of mentions agrees this closely. */
export const CLOSE_PAIR = 0.35;

const blockKey = (m: DatedMention): string => `${m.interval.start}/${m.interval.end}/${m.interval.precision}`;

/**
 * Groups mentions into happenings: only mentions of the same date can join
 * (the date block keeps the cost near-linear in the corpus), and within a
 * block, average-link merging by content similarity keeps a call and a
 * briefing on the same day apart while joining every account of the call.
 */
export function clusterMentions(
  mentions: readonly DatedMention[],
  vectorOf: (m: DatedMention) => TermVector,
  threshold = SAME_HAPPENING,
): DatedMention[][] {
  const blocks = new Map<string, DatedMention[]>();
  for (const mention of mentions) {
    const key = blockKey(mention);
    const block = blocks.get(key);
    if (block) block.push(mention);
    else blocks.set(key, [mention]);
  }
  const clusters: DatedMention[][] = [];
  for (const block of blocks.values()) clusters.push(...averageLinkClusters(block, vectorOf, threshold));
  return clusters;
}

function averageLinkClusters(
  block: readonly DatedMention[],
  vectorOf: (m: DatedMention) => TermVector,
  threshold: number,
): DatedMention[][] {
  const vectors = block.map(vectorOf);
  const sim = vectors.map((a) => vectors.map((b) => cosineSimilarity(a, b)));
  let clusters = block.map((_, i) => [i]);
  for (;;) {
    let best = { score: threshold, a: -1, b: -1 };
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        let total = 0;
        let closest = 0;
        for (const i of clusters[a]!) {
          for (const j of clusters[b]!) {
            total += sim[i]![j]!;
            closest = Math.max(closest, sim[i]![j]!);
          }
        }
        const average = total / (clusters[a]!.length * clusters[b]!.length);
        // A close pair vouches for its groups, but never outranks a better average.
        const score = average >= threshold ? average : closest >= CLOSE_PAIR ? threshold : 0;
        if (score >= best.score && (best.a < 0 || score > best.score)) best = { score, a, b };
      }
    }
    if (best.a < 0) break;
    const merged = [...clusters[best.a]!, ...clusters[best.b]!].sort((x, y) => x - y);
    clusters = clusters.filter((_, k) => k !== best.a && k !== best.b);
    clusters.push(merged);
    clusters.sort((x, y) => x[0]! - y[0]!);
  }
  return clusters.map((members) => members.map((i) => block[i]!));
}
