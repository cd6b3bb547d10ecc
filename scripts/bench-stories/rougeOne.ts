import { unigrams } from './unigrams.ts';

export interface PRF {
  p: number;
  r: number;
  f: number;
}

/**
 * Date-agreement ROUGE-1 of timeline summarization (Martschat & Markert 2017,
 * "tilse"): a system day's text is compared only with the reference text of
 * the same day, so a right sentence on a wrong day earns nothing. Overlap is
 * clipped (a word counts as often as it is in both). P divides the overlap by
 * every unigram of every system day, R by every unigram of every reference day.
 */
export function rougeOne(system: ReadonlyMap<string, string>, reference: ReadonlyMap<string, string>): PRF {
  let overlap = 0;
  let systemCount = 0;
  let referenceCount = 0;
  for (const text of reference.values()) referenceCount += unigrams(text).length;
  for (const [day, text] of system) {
    const words = unigrams(text);
    systemCount += words.length;
    const gold = reference.get(day);
    if (gold !== undefined) overlap += clippedOverlap(words, unigrams(gold));
  }
  const p = systemCount ? overlap / systemCount : 0;
  const r = referenceCount ? overlap / referenceCount : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Σ over words of min(count in a, count in b). */
function clippedOverlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of a) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      overlap++;
      counts.set(w, left - 1);
    }
  }
  return overlap;
}
