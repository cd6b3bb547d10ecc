/** Inverse document frequency of each term over a set of term lists. */
export function inverseDocumentFrequency(documents: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  const n = documents.length;
  for (const [term, count] of counts) idf.set(term, Math.log((1 + n) / (1 + count)) + 1);
  return idf;
}

export type TermVector = Map<string, number>;

/** A unit-length TF-IDF vector of a term list, or of terms with weights. */
export function termVector(terms: readonly string[] | ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): TermVector {
  const vector: TermVector = new Map();
  const weighted: Iterable<readonly [string, number]> = Array.isArray(terms) ? (terms as readonly string[]).map((t) => [t, 1] as const) : (terms as ReadonlyMap<string, number>);
  for (const [term, weight] of weighted) vector.set(term, (vector.get(term) ?? 0) + weight * (idf.get(term) ?? 1));
  const norm = Math.hypot(...vector.values());
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/** Cosine similarity of two unit-length vectors (as termVector makes them): their dot product. */
export function cosineSimilarity(a: TermVector, b: TermVector): number {
  return dot(a, b);
}

/** The sum of unit vectors: the mean pairwise cosine of two groups is dot(sumA, sumB) / (|A|·|B|). */
export function sumVectors(vectors: Iterable<TermVector>): TermVector {
  const sum: TermVector = new Map();
  for (const vector of vectors) for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
  return sum;
}

/** Dot product of two sparse vectors, walking the smaller one. */
export function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}
