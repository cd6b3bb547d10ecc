/** F1 of a set of system days against the set of gold days (0 when either is empty). */
export function dateF1(system: Iterable<string>, gold: Iterable<string>): number {
  const s = new Set(system);
  const g = new Set(gold);
  let hits = 0;
  for (const day of s) if (g.has(day)) hits++;
  if (hits === 0) return 0;
  const p = hits / s.size;
  const r = hits / g.size;
  return (2 * p * r) / (p + r);
}
