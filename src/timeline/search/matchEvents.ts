/** The events a reader's query picks out of the search index. */
import type { FinderQuery } from './finderQuery';
import type { SearchIndex, SearchRow } from './searchIndex';

/** Lower case without accents, so "kovacs" finds "Kovács". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Rows matching every word of the query (anywhere in date, title, summary, actors or sources) and every filter. */
export function matchEvents(index: SearchIndex, query: FinderQuery): SearchRow[] {
  const words = foldText(query.q).split(/\s+/).filter(Boolean);
  const actor = query.actor ? index.actors.indexOf(query.actor) : -1;
  const source = query.source ? index.sources.indexOf(query.source) : -1;
  return index.events.filter((row) => {
    if (query.actor && !row.actors.includes(actor)) return false;
    if (query.source && !row.sources.includes(source)) return false;
    if (query.kind && !row.kinds.includes(query.kind)) return false;
    if (words.length === 0) return true;
    const haystack = foldText(
      [row.date, row.title, row.text, ...row.actors.map((i) => index.actors[i]), ...row.sources.map((i) => index.sources[i])].join(' '),
    );
    return words.every((w) => haystack.includes(w));
  });
}
