/**
 * The code a newsroom pastes to embed the timeline: an iframe and our parent
 * script (public/embed.js), which sizes the iframe to its content and
 * carries #event-id links. Without the script the iframe still shows the
 * timeline at its starting height, scrolling. One function for the
 * "Embed this" control, /oembed.json and the tests.
 */
import { escapeAttribute } from './escapeAttribute';

export interface EmbedSnippetInput {
  /** The embed view's address with its options (embedUrl): absolute, or root-relative when the site's origin is unknown. */
  src: string;
  /** The address of embed.js, written the same way. */
  script: string;
  /** The iframe's accessible name. */
  title: string;
  /** Let event permalinks clicked in the iframe set the host page's #hash (data-newsline-hash). */
  hash?: boolean;
}

/** Tall enough for a few cards before the script sets the real height (and what the oEmbed JSON states). */
export const EMBED_HEIGHT = 720;
/** The width oEmbed asks for; the iframe itself takes its container's whole width. */
export const EMBED_WIDTH = 640;

export function embedSnippet({ src, script, title, hash = false }: EmbedSnippetInput): string {
  const flags = hash ? ' data-newsline data-newsline-hash' : ' data-newsline';
  return (
    `<iframe${flags} src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;width:100%"></iframe>\n` +
    `<script async src="${escapeAttribute(script)}"></script>`
  );
}
