import { dot, sumVectors, type TermVector } from '../../src/pipeline/events/termVectors.ts';

/**
 * The indices of the k vectors most central to their group — highest mean
 * cosine to the others, the classic centroid choice of extractive
 * summarization — returned in input order (ties go to the earlier one).
 * Vectors are unit length, so the mean cosine of v to the rest is
 * (v·Σ − 1) / (n − 1), linear in the group's size.
 */
export function mostCentral(vectors: readonly TermVector[], k: number): number[] {
  const sum = sumVectors(vectors);
  const n = vectors.length;
  const centrality = vectors.map((v) => (n > 1 ? (dot(v, sum) - dot(v, v)) / (n - 1) : 0));
  return vectors
    .map((_, i) => i)
    .sort((a, b) => centrality[b]! - centrality[a]! || a - b)
    .slice(0, k)
    .sort((a, b) => a - b);
}
