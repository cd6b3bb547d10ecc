/**
 * The embed page's query parameters, read defensively: anything unknown or
 * malformed falls back to its default, so a hand-edited snippet never breaks
 * the page. Pure (the page passes `location.search`).
 *
 * theme=light|dark|auto, lang=<code>, from=/to=<ISO date: 2024, 2024-03,
 * 2024-03-09>, focus=<event id>, title=show|hide; childId is the one
 * pym.js's parent adds (pym.Parent, `?childId=`).
 */
import { EVENT_ID } from './messages';

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedQuery {
  theme: EmbedTheme;
  /** A language code as asked; the page checks it has a version in that language. */
  lang: string | null;
  from: string | null;
  to: string | null;
  focus: string | null;
  title: 'show' | 'hide';
  childId: string | null;
}

/** A date of the contract cut to year, month or day (finer is not needed to bound a window). */
const ISO_DAY = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const LANG = /^[a-z]{2,3}$/;
/** pym.js ids are element ids; these characters keep them literal inside its message strings. */
const CHILD_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

export function readEmbedQuery(search: string | URLSearchParams): EmbedQuery {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const pick = (name: string, ok: RegExp): string | null => {
    const value = q.get(name)?.trim();
    return value && ok.test(value) ? value : null;
  };
  const theme = q.get('theme');
  return {
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    lang: pick('lang', LANG),
    from: pick('from', ISO_DAY),
    to: pick('to', ISO_DAY),
    focus: pick('focus', EVENT_ID),
    title: q.get('title') === 'hide' ? 'hide' : 'show',
    childId: pick('childId', CHILD_ID),
  };
}
