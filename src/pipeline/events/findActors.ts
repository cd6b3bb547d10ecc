import { english, its } from './englishTagger.ts';
import { isFunctionWord } from './contentTerms.ts';
import { primaryLanguage } from '../text/primaryLanguage.ts';

/** Words that title a person rather than name them: stripped from the front of a name. */
const titleWords = new Set(
  ('minister secretary defense defence foreign president prime premier chancellor ambassador spokesman spokeswoman spokesperson press ' +
    'general major colonel lieutenant captain admiral sergeant governor mayor senator representative deputy chief head director ' +
    'secretary-general commander officer official ruler king queen prince pope mr mrs ms dr sir us u.s. uk russian ukrainian american ' +
    'pentagon kremlin white house state national security council').split(' '),
);

/** Head words that make a proper-noun phrase an institution, kept whole: general vocabulary, any story. */
const institutionHead = /^(Ministry|Department|Council|Office|Agency|Service|Forces|Army|Navy|Committee|Parliament|Congress|Senate|Duma|Rada|Government|Court|Commission|Union|Organization|Organisation|Pentagon|Kremlin|House|NATO|Nations|UN|Federation|Republic|Kingdom|States|Emirates)$/;

const namePattern = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|the|de|al|von|van|bin)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

const clean = (name: string): string =>
  name
    .replace(/['’]s\b/g, '')
    // Strip closing punctuation, but not the last dot of an initialism ("U.S.").
    .replace(/(?<!\b\p{Lu})[.,;:!?'"“”’]+$/u, '')
    .replace(/^(the|The)\s+/, '')
    .trim();

/** "Defense Minister Maria Petrova" is Maria Petrova; "Polish Transport Ministry" stays whole. */
function stripTitles(name: string): string {
  const words = name.split(/\s+/);
  if (institutionHead.test(words[words.length - 1]!)) return name;
  while (words.length > 1 && (titleWords.has(words[0]!.toLowerCase()) || /^(of|the)$/.test(words[0]!))) words.shift();
  return words.join(' ');
}

/** Capitalized runs that are not a lone capitalized function word: the fallback for languages the tagger does not read. */
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

/** Adjectives of nationality the tagger may call proper nouns. */
const demonym = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic|an)$/u;


/** Names by text: every quote is tagged once per run, however many times it is asked for. */
const cache = new Map<string, string[]>();
const CACHE_LIMIT = 500_000;

/**
 * People, organizations and places named in a text. English goes through
 * wink-nlp's part-of-speech tagger: runs of proper nouns (with "of"/"the"
 * between them), titles stripped. Other languages fall back to capitalized runs.
 */
export function namesIn(text: string, language = 'en'): string[] {
  const key = `${language}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let names: string[];
  if (primaryLanguage(language) === 'en') {
    names = [];
    let run: string[] = [];
    let pending: string[] = [];
    let index = 0;
    let runStart = 0;
    const flush = (next?: string): void => {
      const name = stripTitles(clean(run.join(' ')));
      // A lone title ("Minister"), a demonym ("Ukrainian") or a label ("Details:") is no actor.
      const lone = !name.includes(' ');
      const label = runStart === 0 && next === ':';
      if (name.length >= 2 && /\p{Lu}/u.test(name) && !isFunctionWord(name) && !label && !(lone && !institutionHead.test(name) && (titleWords.has(name.toLowerCase()) || demonym.test(name)))) {
        names.push(name);
      }
      run = [];
      pending = [];
    };
    english.readDoc(text).tokens().each((token: { out: (f?: unknown) => unknown }) => {
      const word = token.out() as string;
      const pos = token.out(its.pos) as string;
      index++;
      if (pos === 'PROPN' && /^\p{Lu}/u.test(word)) {
        if (!run.length) runStart = index - 1;
        run.push(...pending, word);
        pending = [];
      } else if (run.length && /^(of|the|de|al|von|van|bin)$/.test(word)) {
        pending.push(word);
      } else if (run.length) {
        flush(word);
      }
    });
    if (run.length) flush();
  } else {
    names = findNames(text);
  }
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(key, names);
  return names;
}

/** How often each name is used in an event's quotes, and by which sources. */
export interface NameUse {
  counts: Map<string, number>;
  sources: Map<string, Set<string>>;
  /** Names the text itself makes one: "Federal Aviation Administration (FAA)", "the Pentagon, also known as…" (alias → name). */
  aliases: Map<string, string>;
}

/** "Name (Alias)" and "Name, also known as Alias": the text says the two are one. */
const aliasPattern = /(\p{Lu}[\p{L}\p{M}'’. -]*?)\s*(?:\(|,\s*(?:also known as|known as|or)\s+)(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’. -]{1,60}?)(?:\)|,|\.|$)/gu;

/** Aliases a quote declares between names it holds. */
export function findAliases(quote: string, names: readonly string[]): [alias: string, name: string][] {
  const pairs: [string, string][] = [];
  for (const match of quote.matchAll(aliasPattern)) {
    const outer = names.find((n) => match[1]!.trim().endsWith(n));
    const inner = match[2]!.trim();
    if (outer && inner !== outer && (names.includes(inner) || /^\p{Lu}{2,6}$/u.test(inner))) pairs.push([inner, outer]);
  }
  return pairs;
}

export function nameUse(quotesBySource: ReadonlyMap<string, readonly string[]>, languageOf: (source: string) => string): NameUse {
  const counts = new Map<string, number>();
  const sources = new Map<string, Set<string>>();
  const aliases = new Map<string, string>();
  for (const [source, quotes] of quotesBySource) {
    for (const quote of quotes) {
      const names = namesIn(quote, languageOf(source));
      for (const name of names) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        sources.set(name, (sources.get(name) ?? new Set()).add(source));
      }
      for (const [alias, name] of findAliases(quote, names)) aliases.set(alias, name);
    }
  }
  return { counts, sources, aliases };
}

/**
 * The actors of an event: its names with spelling variants merged
 * (`canonical`, from mergeNameVariants), most widely cited first.
 */
export function rankActors({ counts, sources, aliases }: NameUse, canonical: ReadonlyMap<string, string>, limit = 6): string[] {
  const byActor = new Map<string, Set<string>>();
  const actorOf = (name: string): string => {
    const alias = aliases.get(name);
    return alias !== undefined && alias !== name ? (canonical.get(alias) ?? alias) : canonical.get(name)!;
  };
  for (const name of canonical.keys()) {
    const actor = actorOf(name);
    const set = byActor.get(actor) ?? new Set<string>();
    for (const s of sources.get(name)!) set.add(s);
    byActor.set(actor, set);
  }
  // A one-word actor that is part of a longer actor's name ("Kovacs" in "Anna Kovacs") is that actor.
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
