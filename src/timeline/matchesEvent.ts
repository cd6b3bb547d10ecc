/**
 * The document event by which the search and filters tell the overview
 * which events they leave shown (`ids`), or that none is on (`null`): a
 * module of its own so neither island loads the other's code.
 */
export const MATCHES_EVENT = 'newsline:matches';

export interface MatchesDetail {
  ids: string[] | null;
}
