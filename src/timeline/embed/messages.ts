/**
 * The messages between the embed page (in the iframe) and the page that
 * embeds it. Three formats go up, so any of the usual parent scripts can
 * size the iframe: our own (read by public/embed.js, which mirrors this
 * module by hand: it is plain JS served as-is), pym.js's strings, and
 * Datawrapper's height object. Only ours carries deep links.
 *
 * Ours, every message an object `{ newsline: 1, type, … }`:
 * - child → parent `height` { height }: the document's height in CSS px,
 *   sent at start, on every change, and in answer to `hello`;
 * - parent → child `hello` { hash }: the parent is listening; `hash` says the
 *   host opted in (data-newsline-hash) to take event permalinks into its URL;
 * - parent → child `focus` { id }: the host's #event-id, on load and on hashchange;
 * - child → parent `hash` { id }: the reader clicked that event's permalink.
 */

/** The version of our format; a parent ignores messages of another. */
export const PROTOCOL = 1;

export type NewslineMessage =
  | { newsline: typeof PROTOCOL; type: 'height'; height: number }
  | { newsline: typeof PROTOCOL; type: 'hello'; hash: boolean }
  | { newsline: typeof PROTOCOL; type: 'focus'; id: string }
  | { newsline: typeof PROTOCOL; type: 'hash'; id: string };

/** Event ids start with their date (the pipeline's ids); nothing else is focused or put in a host's URL. */
export const EVENT_ID = /^\d{4}-[a-z0-9-]+$/;

/** A message of ours, checked field by field (any window can post anything); null for everything else. */
export function readMessage(data: unknown): NewslineMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.newsline !== PROTOCOL) return null;
  switch (m.type) {
    case 'height':
      return typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0 ? { newsline: PROTOCOL, type: 'height', height: m.height } : null;
    case 'hello':
      return { newsline: PROTOCOL, type: 'hello', hash: m.hash === true };
    case 'focus':
    case 'hash':
      return typeof m.id === 'string' && EVENT_ID.test(m.id) ? { newsline: PROTOCOL, type: m.type, id: m.id } : null;
    default:
      return null;
  }
}

export const heightMessage = (height: number): NewslineMessage => ({ newsline: PROTOCOL, type: 'height', height });
export const hashMessage = (id: string): NewslineMessage => ({ newsline: PROTOCOL, type: 'hash', id });

/** pym.js joins its message parts with this (pym.v1.js, MESSAGE_DELIMITER). */
export const PYM_DELIMITER = 'xPYMx';

/** A pym.js message: 'pym' xPYMx id xPYMx type xPYMx value, as pym.Child sends it. */
export function pymMessage(id: string, type: string, value: string): string {
  return ['pym', id, type, value].join(PYM_DELIMITER);
}

/** A pym.js message for child `id` ({ type, value }), else null: pym.Child's own regex, with the id matched literally. */
export function readPymMessage(data: unknown, id: string): { type: string; value: string } | null {
  if (typeof data !== 'string') return null;
  const head = `pym${PYM_DELIMITER}${id}${PYM_DELIMITER}`;
  if (!data.startsWith(head)) return null;
  const rest = data.slice(head.length);
  const at = rest.indexOf(PYM_DELIMITER);
  if (at <= 0 || /\s/.test(rest.slice(0, at))) return null;
  return { type: rest.slice(0, at), value: rest.slice(at + PYM_DELIMITER.length) };
}

/** Datawrapper's height message, which its embed script (and others that copied it) reads: { "datawrapper-height": { id: px } }. */
export function datawrapperHeight(id: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [id]: height } };
}
