/** A predicted or gold temporal expression as the scorer sees it. */
export interface Span {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

/**
 * TempEval-3 Task A matching for one document. Each system span is paired with at most
 * one overlapping gold span (exact matches first, then largest overlap). Attribute scores
 * count relaxed matches whose value/type agree, so value F1 = value accuracy × relaxed F1.
 */
export function scoreDocument(gold: Span[], system: Span[]): { counts: Counts; pairs: Array<[Span, Span]> } {
  const counts: Counts = { ...emptyCounts(), gold: gold.length, system: system.length };
  const usedGold = new Set<number>();
  const usedSys = new Set<number>();
  const pairs: Array<[Span, Span]> = [];
  const candidates: Array<{ g: number; s: number; exact: boolean; overlap: number }> = [];
  gold.forEach((g, gi) => system.forEach((s, si) => {
    const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
    if (overlap > 0) candidates.push({ g: gi, s: si, exact: g.start === s.start && g.end === s.end, overlap });
  }));
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.overlap - a.overlap);
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedSys.has(c.s)) continue;
    usedGold.add(c.g);
    usedSys.add(c.s);
    const g = gold[c.g]!;
    const s = system[c.s]!;
    pairs.push([g, s]);
    counts.relaxed++;
    if (c.exact) counts.strict++;
    if (g.value === s.value) counts.value++;
    if (g.type === s.type) counts.type++;
  }
  return { counts, pairs };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed, value: a.value + b.value, type: a.type + b.type };
}

export function prf(correct: number, system: number, gold: number): PRF {
  const p = system ? correct / system : 0;
  const r = gold ? correct / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function summarize(c: Counts): Record<'strict' | 'relaxed' | 'value' | 'type', PRF> {
  return {
    strict: prf(c.strict, c.system, c.gold),
    relaxed: prf(c.relaxed, c.system, c.gold),
    value: prf(c.value, c.system, c.gold),
    type: prf(c.type, c.system, c.gold),
  };
}
