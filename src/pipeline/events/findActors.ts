import nlp from 'compromise';
import { isFunctionWord } from './contentTerms.ts';
import { mergeNameVariants } from './mergeNameVariants.ts';

/** Words that title a person rather than name them: stripped from the front of a name. */
const titleWords = new Set(
  ('minister secretary defense defence foreign president prime premier chancellor ambassador spokesman spokeswoman spokesperson press ' +
    'general major colonel lieutenant captain admiral sergeant governor mayor senator representative deputy chief head director ' +
    'secretary-general commander officer official ruler king queen prince pope mr mrs ms dr sir us u.s. uk russian ukrainian american ' +
    'pentagon kremlin white house state national security council').split(' '),
);

/** Words that make a capitalized phrase an institution: general vocabulary, any story. */
const institutionWords = /\b(Ministry|Department|Council|Office|Agency|Service|Forces|Army|Navy|Committee|Parliament|Congress|Senate|Duma|Rada|Government|Court|Commission|Union|Organization|Organisation|Pentagon|Kremlin|White House|NATO|United Nations|UN)\b/;

const namePattern = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|the|de|al|von|van|bin)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

const clean = (name: string): string =>
  name
    .replace(/['’]s\b/g, '')
    .replace(/[.,;:!?'"“”’]+$/g, '')
    .replace(/^(the|The)\s+/, '')
    .trim();

function stripTitles(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && titleWords.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ');
}

/** Capitalized runs that are not a lone capitalized function word: the fallback for languages compromise does not read. */
export function findNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(namePattern)) {
    const words = clean(match[0]).split(/\s+/);
    while (words.length && isFunctionWord(words[0]!)) words.shift();
    const name = words.join(' ');
    if (name.length >= 3 && !(words.length === 1 && isFunctionWord(name))) names.push(name);
  }
  return names;
}

const cache = new Map<string, string[]>();

/**
 * People, organizations and places named in a text. English goes through
 * compromise's named-entity tagging, titles stripped ("Minister Andrei
 * Belousov" is Andrei Belousov); institutions are capitalized phrases with
 * an institution word. Other languages fall back to capitalized runs.
 */
export function namesIn(text: string, language = 'en'): string[] {
  const key = `${language}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let names: string[];
  if (language === 'en') {
    const doc = nlp(text);
    const people = (doc.people().out('array') as string[]).map((n) => stripTitles(clean(n))).filter((n) => /\p{Lu}/u.test(n));
    const places = (doc.places().out('array') as string[]).map(clean);
    const organizations = (doc.organizations().out('array') as string[]).map(clean);
    // An institution phrase that holds a person's name ("Pentagon Chief Lloyd Austin") is a title, not an institution.
    const institutions = findNames(text).filter((n) => institutionWords.test(n) && !people.some((p) => n.includes(p)));
    names = [...people, ...organizations, ...institutions, ...places].filter((n) => n.length >= 2 && !isFunctionWord(n));
  } else {
    names = findNames(text);
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(key, names);
  return names;
}

/**
 * The actors of an event: names from its quotes with spelling variants
 * merged (Andrei/Andrey, Belusov/Belousov), most widely cited first.
 */
export function rankActors(quotesBySource: ReadonlyMap<string, readonly string[]>, language = 'en', limit = 6): string[] {
  const counts = new Map<string, number>();
  const sourcesOf = new Map<string, Set<string>>();
  for (const [source, quotes] of quotesBySource) {
    for (const quote of quotes) {
      for (const name of namesIn(quote, language)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        sourcesOf.set(name, (sourcesOf.get(name) ?? new Set()).add(source));
      }
    }
  }
  const canonical = mergeNameVariants(counts);
  const byActor = new Map<string, Set<string>>();
  for (const [name, actor] of canonical) {
    const set = byActor.get(actor) ?? new Set<string>();
    for (const s of sourcesOf.get(name)!) set.add(s);
    byActor.set(actor, set);
  }
  // A one-word actor that is part of a longer actor's name ("Austin" in "Lloyd Austin") is that actor.
  for (const actor of [...byActor.keys()]) {
    if (actor.includes(' ')) continue;
    const longer = [...byActor.keys()].find((other) => other !== actor && other.split(' ').includes(actor));
    if (longer) {
      for (const s of byActor.get(actor)!) byActor.get(longer)!.add(s);
      byActor.delete(actor);
    }
  }
  return [...byActor]
    .sort(([a, x], [b, y]) => y.size - x.size || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([actor]) => actor);
}
