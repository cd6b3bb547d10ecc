/** A piece of an HTML source: a start or end tag, text between tags, or the raw content of a script, style or title. */
export type HtmlToken =
  | { kind: 'open'; name: string; start: number; end: number }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'text'; start: number; end: number }
  | { kind: 'raw'; name: string; start: number; end: number };

/** Elements whose content is not markup: read up to their end tag as it is. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template']);
const TAG_NAME = /^[a-zA-Z][^\s/>]*/;

/**
 * The tags and text of an HTML source, in order, read the way browsers
 * split them (comments and doctypes skipped, script and style content kept
 * whole), without building a tree. Linear in the source: each `<` looks
 * ahead to the next `>` only, and scanning goes on after it.
 */
export function* htmlTokens(html: string): Generator<HtmlToken> {
  const lower = html.toLowerCase();
  let textStart = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    const next = html.charAt(i + 1);
    if (html.startsWith('<!--', i) || next === '!' || next === '?') {
      const close = html.startsWith('<!--', i) ? lower.indexOf('-->', i + 4) : lower.indexOf('>', i + 2);
      if (textStart < i) yield { kind: 'text', start: textStart, end: i };
      textStart = close < 0 ? html.length : close + (html.startsWith('<!--', i) ? 3 : 1);
      i = html.indexOf('<', textStart);
      continue;
    }
    const closing = next === '/';
    const name = TAG_NAME.exec(html.slice(i + (closing ? 2 : 1), i + (closing ? 2 : 1) + 64))?.[0]?.toLowerCase();
    const end = name ? html.indexOf('>', i) : -1;
    if (!name || end < 0) {
      // "a < b", or a tag never closed: text, as a browser reads it.
      i = name ? -1 : html.indexOf('<', i + 1);
      continue;
    }
    if (textStart < i) yield { kind: 'text', start: textStart, end: i };
    yield { kind: closing ? 'close' : 'open', name, start: i, end: end + 1 };
    textStart = end + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const stop = lower.indexOf(`</${name}`, textStart);
      const rawEnd = stop < 0 ? html.length : stop;
      yield { kind: 'raw', name, start: textStart, end: rawEnd };
      textStart = rawEnd;
    }
    i = html.indexOf('<', textStart);
  }
  if (textStart < html.length) yield { kind: 'text', start: textStart, end: html.length };
}
