/** Edit distance, bounded: enough to see one-letter typos and transliteration variants. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

const fold = (word: string): string => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** Two words name the same: equal, or one letter apart when long enough that this is a typo or transliteration. */
function sameWord(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  // Lynn/Lynne: a dropped final letter, on names long enough to be names.
  if (Math.min(x.length, y.length) >= 4 && Math.abs(x.length - y.length) === 1 && (x.startsWith(y) || y.startsWith(x))) return true;
  return Math.min(x.length, y.length) >= 5 && editDistance(x, y, 1) <= 1;
}

/**
 * Whether two names are variants of one actor: "Andrei Petrov", "Andrey
 * Petrov", "Petrow" and "Petrov" are; "Anna Kovacs" and "Andrei Petrov"
 * are not. The shorter name's words must all match words of the
 * longer, in order, the last word (the surname) always among them.
 */
export function sameActor(a: string, b: string): boolean {
  const [short, long] = a.split(' ').length <= b.split(' ').length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (!sameWord(short[short.length - 1]!, long[long.length - 1]!)) return false;
  let j = 0;
  for (const word of short) {
    while (j < long.length && !sameWord(word, long[j]!)) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/**
 * Groups names into actors and picks, for each, the spelling most sources
 * use in its fullest form. Deterministic: ties go to the alphabetically first.
 */
export function mergeNameVariants(counts: ReadonlyMap<string, number>): Map<string, string> {
  const names = [...counts.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || (counts.get(b)! - counts.get(a)!) || (a < b ? -1 : 1));
  const groups: string[][] = [];
  // Variants share the start of their surname (a typo or transliteration rarely touches its first two letters):
  // compare only within such buckets, so the cost stays near-linear in the number of names.
  const buckets = new Map<string, string[][]>();
  for (const name of names) {
    const key = fold(name.split(' ').pop()!).slice(0, 2);
    const bucket = buckets.get(key) ?? [];
    const group = bucket.find((g) => g.some((other) => sameActor(name, other)));
    if (group) group.push(name);
    else {
      const created = [name];
      bucket.push(created);
      groups.push(created);
    }
    buckets.set(key, bucket);
  }
  const canonical = new Map<string, string>();
  for (const group of groups) {
    const longest = Math.max(...group.map((n) => n.split(' ').length));
    const full = group.filter((n) => n.split(' ').length === longest);
    const total = (n: string): number => group.filter((m) => sameActor(n, m)).reduce((sum, m) => sum + counts.get(m)!, 0) + counts.get(n)! / 1000;
    const best = full.sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1))[0]!;
    for (const name of group) canonical.set(name, best);
  }
  return canonical;
}
