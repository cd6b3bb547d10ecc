/**
 * Numeric claims a sentence makes about a happening: how many were killed
 * or injured, how many missiles or drones were fired. Each claim keeps its
 * qualifier ("at least four", "more than 150", "around a hundred") as a
 * range, so that accounts can be compared like with like.
 */
export interface Claim {
  /** What is counted: "killed", "injured", "children killed", "missiles"… */
  about: string;
  /** The account, normalized: "4", "at least 4", "more than 150", "about 100". */
  value: string;
  low: number;
  high: number;
  /** The words that made the claim, as written. */
  text: string;
}

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'one hundred': 100, dozen: 12, 'a dozen': 12,
};

/** "About 100" covers a fifth either side: news rounds to that. */
const about = (n: number): [number, number] => [Math.floor(n * 0.8), Math.ceil(n * 1.2)];
/** "Nearly 100" is up to a fifth below. */
const nearly = (n: number): [number, number] => [Math.floor(n * 0.8), n];

const qualifiers: Record<string, { name: string; range: (n: number) => [number, number] }> = {
  'at least': { name: 'at least', range: (n) => [n, Infinity] },
  'no fewer than': { name: 'at least', range: (n) => [n, Infinity] },
  'more than': { name: 'more than', range: (n) => [n + 1, Infinity] },
  over: { name: 'more than', range: (n) => [n + 1, Infinity] },
  'upwards of': { name: 'more than', range: (n) => [n + 1, Infinity] },
  around: { name: 'about', range: about },
  about: { name: 'about', range: about },
  some: { name: 'about', range: about },
  approximately: { name: 'about', range: about },
  roughly: { name: 'about', range: about },
  nearly: { name: 'nearly', range: nearly },
  almost: { name: 'nearly', range: nearly },
  'up to': { name: 'up to', range: (n) => [0, n] },
  'as many as': { name: 'up to', range: (n) => [0, n] },
};

const QUALIFIER = `(?:${Object.keys(qualifiers).join('|')})`;
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(numberWords).sort((a, b) => b.length - a.length).join('|')})`;
const AMOUNT = `(?<qualifier>${QUALIFIER}\\s+)?(?<number>${NUMBER})`;
const SUBJECT = `(?<subject>(?:[a-z-]+\\s+){0,2}?(?:people|persons|civilians|children|kids|adults|men|women|residents|beachgoers|vacationers|holidaymakers|soldiers|troops|servicemen|police(?:men)?|officers|workers|passengers|victims|others))`;
const ASIDE = `(?:\\s*,[^,.;]{1,50},)?`;
const HARM = `(?<harm>killed|dead|died|injured|wounded|hurt|injuring|wounding|killing)`;

/** Words for harm to the fact they count. */
const harmFact = (harm: string): string => (/kill|dead|died/.test(harm) ? 'killed' : 'injured');

const patterns: readonly RegExp[] = [
  // "four people were killed", "153 people were injured", "four beachgoers, including two children, were killed"
  new RegExp(`\\b${AMOUNT}\\s+${SUBJECT}${ASIDE}\\s+(?:were|was|have been|had been|are|got)?\\s*(?:reportedly\\s+)?${HARM}`, 'giu'),
  // "around a hundred were wounded", "three dead"
  new RegExp(`\\b${AMOUNT}${ASIDE}\\s+(?:(?:were|was|have been|had been|are)\\s+)?(?<harm>killed|dead|injured|wounded|hurt)\\b`, 'giu'),
  // "killed four people", "injured more than 150 people", "killed at least four"
  new RegExp(`\\b${HARM}\\s+${AMOUNT}(?:\\s+${SUBJECT})?`, 'giu'),
  // "the death toll rose to 12"
  new RegExp(`\\b(?<harm>death) toll (?:\\w+\\s+){0,2}(?:to|of|at)\\s+${AMOUNT}`, 'giu'),
];

/** "fired five cruise missiles", "five US-supplied missiles", "launched 30 drones" */
const weapons = new RegExp(`\\b${AMOUNT}\\s+(?:[\\w-]+\\s+){0,2}?(?<weapon>missiles|rockets|drones|shells|bombs)\\b`, 'giu');

function toNumber(word: string): number | undefined {
  const clean = word.toLowerCase().replace(/,/g, '');
  return /^\d+$/.test(clean) ? Number(clean) : numberWords[clean];
}

function claimOf(match: RegExpExecArray, about: string): Claim | undefined {
  const groups = match.groups ?? {};
  const n = toNumber(groups.number ?? '');
  if (n === undefined || n === 0) return undefined;
  const qualifier = groups.qualifier ? qualifiers[groups.qualifier.trim().toLowerCase()] : undefined;
  const [low, high] = qualifier ? qualifier.range(n) : [n, n];
  const value = qualifier ? `${qualifier.name} ${n}` : String(n);
  return { about, value, low, high, text: match[0] };
}

/** Claims by sentence: attaching, routing and disputes all ask about the same sentences. */
const claimsOf = new Map<string, Claim[]>();
const CACHE_LIMIT = 200_000;

export function findClaims(sentence: string): Claim[] {
  const known = claimsOf.get(sentence);
  if (known) return known;
  const claims = readClaims(sentence);
  if (claimsOf.size > CACHE_LIMIT) claimsOf.clear();
  claimsOf.set(sentence, claims);
  return claims;
}

function readClaims(sentence: string): Claim[] {
  const claims: Claim[] = [];
  const taken: [number, number][] = [];
  const add = (match: RegExpExecArray, about: string): void => {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) return;
    const claim = claimOf(match, about);
    if (!claim) return;
    taken.push([start, end]);
    claims.push(claim);
  };
  for (const pattern of patterns) {
    for (const match of sentence.matchAll(pattern)) {
      const harm = match.groups?.harm?.toLowerCase() ?? '';
      const fact = harm === 'death' ? 'killed' : harmFact(harm);
      const children = /\b(children|kids)\b/i.test(match.groups?.subject ?? '');
      add(match, children ? `children ${fact}` : fact);
    }
  }
  for (const match of sentence.matchAll(weapons)) add(match, match.groups!.weapon!.toLowerCase());
  return claims;
}
