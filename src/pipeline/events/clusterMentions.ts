import type { DatedMention } from './types.ts';
import { cosineSimilarity, type TermVector } from './termVectors.ts';

/** Mentions on the same date whose average content similarity reaches this are one happening… */
export const SAME_HAPPENING = 0.2;
/** …and so are two groups where some pair of mentions agrees this closely. */
export const CLOSE_PAIR = 0.35;

/** Two groups of one article's mentions of one date are one happening at this much agreement. */
export const SAME_SOURCE_HAPPENING = 0.1;

/** Whether every mention of two groups comes from one article. */
function singleSource(block: readonly DatedMention[], a: readonly number[], b: readonly number[]): boolean {
  const source = block[a[0]!]!.source;
  return a.every((i) => block[i]!.source === source) && b.every((i) => block[i]!.source === source);
}

const blockKey = (m: DatedMention): string => `${m.interval.start}/${m.interval.end}/${m.interval.precision}`;
/** An article's headline and lead, dated by its publication day, tell one piece of news: they start as one group. */
const leadGroup = (m: DatedMention): string | undefined => (m.basis === 'publication' ? m.source : undefined);

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
  for (const block of blocks.values()) {
    for (const cluster of block.length <= EXACT_BLOCK ? averageLinkClusters(block, vectorOf, threshold) : centroidClusters(block, vectorOf, threshold)) clusters.push(cluster);
  }
  return clusters;
}

/** Blocks up to this size get exact average-link merging (cubic); larger ones a linear centroid pass. */
export const EXACT_BLOCK = 120;

/**
 * One pass over a large block: each mention joins the cluster whose
 * centroid it is most similar to, found through an inverted index of
 * centroid terms, or starts a new one. Near-linear, deterministic (mentions
 * come in corpus order), and close to average-link on news, where one
 * happening's mentions share its distinctive words.
 */
function centroidClusters(
  block: readonly DatedMention[],
  vectorOf: (m: DatedMention) => TermVector,
  threshold: number,
): DatedMention[][] {
  const members: DatedMention[][] = [];
  const sums: Map<string, number>[] = [];
  const squares: number[] = [];
  const postings = new Map<string, number[]>();
  const groups = new Map<string, number>();
  for (const mention of block) {
    const vector = vectorOf(mention);
    const group = leadGroup(mention);
    const dots = new Map<number, number>();
    for (const [term, weight] of vector) {
      for (const c of postings.get(term) ?? []) dots.set(c, (dots.get(c) ?? 0) + weight * sums[c]!.get(term)!);
    }
    let best = group === undefined ? -1 : groups.get(group) ?? -1;
    let bestScore = best >= 0 ? Infinity : threshold;
    for (const [c, dot] of dots) {
      const score = dot / Math.sqrt(squares[c]!);
      if (score > bestScore || (score === bestScore && best >= 0 && c < best)) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      best = members.length;
      members.push([]);
      sums.push(new Map());
      squares.push(0);
    }
    if (group !== undefined && !groups.has(group)) groups.set(group, best);
    members[best]!.push(mention);
    const sum = sums[best]!;
    for (const [term, weight] of vector) {
      const old = sum.get(term);
      if (old === undefined) {
        const list = postings.get(term);
        if (list) list.push(best);
        else postings.set(term, [best]);
      }
      const value = (old ?? 0) + weight;
      sum.set(term, value);
      squares[best]! += value * value - (old ?? 0) * (old ?? 0);
    }
  }
  return members;
}

function averageLinkClusters(
  block: readonly DatedMention[],
  vectorOf: (m: DatedMention) => TermVector,
  threshold: number,
): DatedMention[][] {
  const vectors = block.map(vectorOf);
  const sim = vectors.map((a) => vectors.map((b) => cosineSimilarity(a, b)));
  const groups = new Map<string, number[]>();
  let clusters: number[][] = [];
  block.forEach((m, i) => {
    const group = leadGroup(m);
    const members = group === undefined ? undefined : groups.get(group);
    if (members) members.push(i);
    else {
      const fresh = [i];
      if (group !== undefined) groups.set(group, fresh);
      clusters.push(fresh);
    }
  });
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
        // One article telling one day twice most likely tells one happening: it needs less agreement.
        const oneSource = singleSource(block, clusters[a]!, clusters[b]!);
        const needed = oneSource ? Math.min(threshold, SAME_SOURCE_HAPPENING) : threshold;
        // A close pair vouches for its groups, but never outranks a better average; a same-article
        // pair's average is lifted by what it was let off, so it competes with the others on one scale.
        const score = average >= needed ? average + (threshold - needed) : closest >= CLOSE_PAIR ? threshold : 0;
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
