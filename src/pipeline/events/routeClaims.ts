import { isDated, type DatedMention } from './types.ts';
import type { MentionSource } from './extractMentions.ts';
import { contentTerms } from './contentTerms.ts';
import { findClaims } from './findClaims.ts';
import { undatedMention } from './sentenceMention.ts';
import { clustersBySource } from './clustersBySource.ts';
import { clauseOf } from './clauseOf.ts';
import { cosineSimilarity, termVector, type TermVector } from './termVectors.ts';

/** A count joins an event its own article cites when its clause shares this much… */
const SAME_SOURCE_AGREEMENT = 0.25;
/** …and an event only other articles cite when it shares this much. */
const OTHER_SOURCE_AGREEMENT = 0.3;
/** A term in more clusters than this tells them apart from nothing: it is no way in. */
const MAX_POSTINGS = 200;
/** Other articles' events compared mention by mention: the few nearest by centroid. */
const NEAREST = 5;
const COMPARED = 50;

/**
 * Counts often sit in a clause about another happening than the sentence's
 * date: "On Monday, the Kremlin warned … after a strike killed four people".
 * Each such clause (with the words around it when it is short) goes to the
 * event it matches best, so that event hears every account of its numbers.
 */
export function routeClaims(
  clusters: DatedMention[][],
  sources: readonly MentionSource[],
  idf: ReadonlyMap<string, number>,
  vectorOf: (m: DatedMention) => TermVector,
): DatedMention[][] {
  const result = clusters.map((c) => [...c]);
  const holder = new Map<string, Set<number>>();
  const bySource = clustersBySource(result);
  // Each cluster's centroid, indexed by term: a claim meets only clusters it shares words with, nearest first.
  const postings = new Map<string, [number, number][]>();
  result.forEach((cluster, index) => {
    const centroid = new Map<string, number>();
    for (const m of cluster) {
      holder.set(`${m.source}@${m.start}`, (holder.get(`${m.source}@${m.start}`) ?? new Set()).add(index));
      if (isDated(m)) for (const [t, w] of vectorOf(m)) centroid.set(t, (centroid.get(t) ?? 0) + w);
    }
    const norm = Math.hypot(...centroid.values()) || 1;
    for (const [t, w] of centroid) {
      const list = postings.get(t);
      if (list) list.push([index, w / norm]);
      else postings.set(t, [[index, w / norm]]);
    }
  });
  for (const source of sources) {
    const { sentences } = source;
    sentences.forEach((sentence, i) => {
      const quote = source.text.slice(sentence.start, sentence.end);
      for (const claim of findClaims(quote)) {
        const at = quote.indexOf(claim.text);
        if (at < 0) continue;
        const clause = widen(quote, clauseOf(quote, at, at + claim.text.length));
        const clauseTerms = contentTerms(quote.slice(clause.start, clause.end));
        const vector = termVector(clauseTerms, idf);
        const near = new Map<number, number>();
        for (const [t, w] of vector) {
          const list = postings.get(t);
          if (list && list.length <= MAX_POSTINGS) for (const [c, cw] of list) near.set(c, (near.get(c) ?? 0) + w * cw);
        }
        const candidates = new Set(bySource.get(source.id)?.keys() ?? []);
        for (const [c] of [...near].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, NEAREST)) candidates.add(c);
        let best: { index: number; score: number } | undefined;
        for (const index of [...candidates].sort((a, b) => a - b)) {
          const cluster = result[index]!;
          const own = cluster.some((m) => m.source === source.id);
          // The claim's own clause holds this event's date: it is already told there.
          if (cluster.some((m) => m.source === source.id && m.start <= sentence.start && m.end >= sentence.end && m.clause.start - sentence.start <= at && m.clause.end - sentence.start >= at + claim.text.length)) {
            best = { index, score: Infinity };
            break;
          }
          // Own mentions all count; of another article's event, its first mentions speak for it (bounded cost).
          const dated = cluster.filter(isDated);
          const ownDated = dated.filter((m) => m.source === source.id);
          const compared = ownDated.length ? ownDated : dated.slice(0, COMPARED);
          const score = compared.reduce((most, m) => Math.max(most, cosineSimilarity(vector, vectorOf(m))), 0);
          if (score >= (own ? SAME_SOURCE_AGREEMENT : OTHER_SOURCE_AGREEMENT) && (!best || score > best.score)) best = { index, score };
        }
        if (!best || best.score === Infinity) continue;
        const key = `${source.id}@${sentence.start}`;
        if (holder.get(key)?.has(best.index)) continue;
        result[best.index]!.push(undatedMention(source, sentence, i, result[best.index]!, { start: sentence.start + clause.start, end: sentence.start + clause.end }));
        holder.set(key, (holder.get(key) ?? new Set()).add(best.index));
      }
    });
  }
  return result;
}

/** A clause of a few words says too little to match: take its neighbours too. */
function widen(sentence: string, clause: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = clause;
  while (contentTerms(sentence.slice(start, end)).length < 5 && (start > 0 || end < sentence.length)) {
    if (start > 0) start = clauseOf(sentence, Math.max(0, start - 2), Math.max(0, start - 1)).start;
    if (end < sentence.length) end = clauseOf(sentence, Math.min(sentence.length - 1, end + 1), Math.min(sentence.length, end + 2)).end;
  }
  return { start, end };
}
