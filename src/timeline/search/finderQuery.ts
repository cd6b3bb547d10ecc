/**
 * What a reader asked for (words, actor, source, kind), to and from the
 * page URL's query string, so a search can be shared and is restored on load.
 */
import type { KindFilter } from './searchIndex';

export interface FinderQuery {
  q: string;
  actor: string;
  source: string;
  kind: KindFilter | '';
}

const KINDS: readonly string[] = ['main', 'background', 'planned'];

export const emptyQuery: FinderQuery = { q: '', actor: '', source: '', kind: '' };

/** A kind a reader can filter by, or '' for anything else. */
export function toKindFilter(value: string): KindFilter | '' {
  return KINDS.includes(value) ? (value as KindFilter) : '';
}

export function readFinderQuery(search: string): FinderQuery {
  const params = new URLSearchParams(search);
  return {
    q: (params.get('q') ?? '').trim(),
    actor: params.get('actor') ?? '',
    source: params.get('source') ?? '',
    kind: toKindFilter(params.get('kind') ?? ''),
  };
}

/** The query string for a query ('' when nothing is asked), other parameters kept. */
export function writeFinderQuery(query: FinderQuery, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of ['q', 'actor', 'source', 'kind'] as const) {
    const value = query[key].trim();
    if (value) params.set(key, value);
    else params.delete(key);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isEmptyQuery(query: FinderQuery): boolean {
  return !query.q && !query.actor && !query.source && !query.kind;
}
