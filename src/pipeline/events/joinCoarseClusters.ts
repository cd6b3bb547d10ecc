import type { DatedMention } from './types.ts';
import { firstDay, lastDay } from '../isoDate.ts';
import { dot, sumVectors, type TermVector } from './termVectors.ts';
import { appendTo } from './appendTo.ts';

/** Coarse mentions ("in May") join a day's event only when their words clearly agree. */
export const CLEAR_AGREEMENT = 0.3;

const rank: Record<string, number> = { year: 0, month: 1, day: 2, minute: 3 };

/** How finely a cluster pins its date: precision first, then how short its range is. */
function fineness(cluster: readonly DatedMention[]): [number, number] {
  const { interval } = cluster[0]!;
  const span = Date.parse(lastDay(interval.end)) - Date.parse(firstDay(interval.start));
  return [rank[interval.precision] ?? 0, Number.isNaN(span) ? 0 : -span];
}


/** Whether a finer cluster's date lies inside a coarser one's. */
function within(fine: readonly DatedMention[], coarse: readonly DatedMention[]): boolean {
  const f = fine[0]!.interval;
  const c = coarse[0]!.interval;
  return firstDay(f.start) >= firstDay(c.start) && lastDay(f.end) <= lastDay(c.end) && (f.start !== c.start || f.end !== c.end || f.precision !== c.precision);
}

/**
 * Mentions at month or year precision, or over a range of days, join the
 * finest event inside their interval whose words clearly agree ("replaced
 * the minister last month" joins "replaced the minister on 3 May"); otherwise they stay
 * events of their own. Coarsest clusters are placed first, each into the
 * best-agreeing finer cluster, which keeps its own date.
 */
export function joinCoarseClusters(
  clusters: readonly DatedMention[][],
  vectorOf: (m: DatedMention) => TermVector,
  threshold = CLEAR_AGREEMENT,
): DatedMention[][] {
  const ordered = [...clusters].sort((a, b) => {
    const [pa, sa] = fineness(a);
    const [pb, sb] = fineness(b);
    return pa - pb || sa - sb;
  });
  const result = new Map<DatedMention[], DatedMention[]>(ordered.map((c) => [c, [...c]]));
  // Mean pairwise similarity through sums of unit vectors: linear in the clusters' sizes, not quadratic.
  const sums = new Map<DatedMention[], TermVector>(ordered.map((c) => [c, sumVectors(c.map(vectorOf))]));
  const averageSimilarity = (a: DatedMention[], b: DatedMention[]): number =>
    dot(sums.get(a)!, sums.get(b)!) / (result.get(a)!.length * result.get(b)!.length);
  // Index the finer clusters by month so each coarse one looks only inside its interval.
  const byMonth = new Map<string, DatedMention[][]>();
  for (const c of ordered) {
    const key = firstDay(c[0]!.interval.start).slice(0, 7);
    appendTo(byMonth, key, c);
  }
  for (const coarse of ordered) {
    const { interval } = coarse[0]!;
    // Nothing is finer than a minute; a day can still join a time on that day ("Tuesday" and "Tuesday at 18:00").
    if (interval.precision === 'minute') continue;
    const candidates: DatedMention[][] = [];
    const from = firstDay(interval.start).slice(0, 7);
    const to = lastDay(interval.end).slice(0, 7);
    for (const [month, list] of byMonth) if (month >= from && month <= to) for (const target of list) candidates.push(target);
    let best: { target: DatedMention[]; score: number } | undefined;
    for (const target of candidates) {
      if (target === coarse || !result.has(target) || !within(target, coarse)) continue;
      const score = averageSimilarity(coarse, target);
      if (score >= threshold && (!best || score > best.score)) best = { target, score };
    }
    if (best) {
      const joined = result.get(best.target)!;
      for (const m of result.get(coarse)!) joined.push(m);
      sums.set(best.target, sumVectors([sums.get(best.target)!, sums.get(coarse)!]));
      result.delete(coarse);
    }
  }
  return [...result.values()];
}
