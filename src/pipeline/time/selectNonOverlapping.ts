import type { Candidate } from './candidate';

/**
 * Keep the best non-overlapping candidates: the longest span wins ("Tuesday, June 25"
 * over "Tuesday"), then the higher-priority rule. Returned sorted by start.
 */
export function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    if (chosen.some((k) => c.start < k.end && k.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
