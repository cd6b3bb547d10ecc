import { contentTerms } from './contentTerms.ts';
import { dayOf } from '../isoDate.ts';

export function slugify(text: string, maxWords = 6): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-')
    .replace(/[^a-z0-9-]/g, (c) => c.codePointAt(0)!.toString(36));
}

/**
 * A stable id from the event's date and the words most of its sources use:
 * it depends on the event's own quotes only, so adding or removing an
 * unrelated article leaves it unchanged.
 */
export function eventId(date: string, quotesBySource: ReadonlyMap<string, readonly string[]>, terms = 3): string {
  const sourcesOf = new Map<string, Set<string>>();
  const surface = new Map<string, string>();
  for (const [source, quotes] of quotesBySource) {
    for (const quote of quotes) {
      for (const match of quote.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
        const word = match[0].replace(/['’]s$/u, '').toLowerCase();
        const stem = contentTerms(word).find((t) => !t.startsWith('#'));
        if (!stem) continue;
        if (!surface.has(stem) || word < surface.get(stem)!) surface.set(stem, word);
        const set = sourcesOf.get(stem) ?? new Set<string>();
        set.add(source);
        sourcesOf.set(stem, set);
      }
    }
  }
  const key = [...sourcesOf]
    .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, terms)
    .map(([stem]) => surface.get(stem)!)
    .sort();
  return slugify(`${date} ${key.join(' ')}`, 3 + terms);
}

/** Words of a title a hand-made event's id keeps: as many as an extracted id's date and terms. */
const TITLE_ID_WORDS = 6;

/**
 * The id of an event a person made (in the review page, editorial.md or an
 * imported TimelineJS3 file): its day (or month or year) and its title's
 * words, `-2`, `-3`… when taken. The one rule for every hand-made id.
 */
export function titledEventId(start: string, title: string, taken: ReadonlySet<string>): string {
  const base = `${dayOf(start)}-${slugify(title, TITLE_ID_WORDS) || 'event'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
