import type { Candidate } from './candidate';

/**
 * Keep the best non-overlapping candidates: the longest span wins ("Tuesday, June 25"
 * over "Tuesday"), then the higher-priority rule. Returned sorted by start.
 * Which characters are taken is kept per character, so each candidate is
 * checked in the time of its own length, not of everything chosen before it.
 */
export function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const length = candidates.reduce((n, c) => Math.max(n, c.end), 0);
  const taken = new Uint8Array(length);
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start || isTaken(taken, c)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function isTaken(taken: Uint8Array, c: Candidate): boolean {
  for (let i = c.start; i < c.end; i++) if (taken[i]) return true;
  return false;
}
