import { isFunctionWord } from './contentTerms.ts';

const namePattern = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|the|de|al|von|van|bin)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

/**
 * Names of people, organizations and places: runs of capitalized words
 * that are not just a capitalized function word at a sentence start.
 */
export function findNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(namePattern)) {
    let name = match[0].replace(/[.’'-]+$/, '').replace(/['’]s$/, '');
    const words = name.split(/\s+/);
    while (words.length && isFunctionWord(words[0]!)) words.shift();
    name = words.join(' ');
    if (name.length < 3 || (words.length === 1 && isFunctionWord(name))) continue;
    names.push(name);
  }
  return names;
}

/** The names a cluster of quotes shares, most widely cited first. */
export function rankActors(quotesBySource: ReadonlyMap<string, readonly string[]>, limit = 6): string[] {
  const sources = new Map<string, Set<string>>();
  const order: string[] = [];
  for (const [source, quotes] of quotesBySource) {
    for (const quote of quotes) {
      for (const name of findNames(quote)) {
        if (!sources.has(name)) {
          sources.set(name, new Set());
          order.push(name);
        }
        sources.get(name)!.add(source);
      }
    }
  }
  // A name inside a longer one ("Austin" in "Lloyd Austin") is the same actor.
  const kept = order.filter((name) => !order.some((other) => other !== name && other.split(' ').includes(name) && other.includes(' ')));
  for (const name of order) {
    if (kept.includes(name)) continue;
    const longer = kept.find((other) => other.split(' ').includes(name));
    if (longer) for (const s of sources.get(name)!) sources.get(longer)!.add(s);
  }
  return kept
    .map((name, i) => ({ name, count: sources.get(name)!.size, i }))
    .sort((a, b) => b.count - a.count || a.i - b.i)
    .slice(0, limit)
    .map((a) => a.name);
}
