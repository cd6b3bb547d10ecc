/**
 * A small HTML tokenizer for the build's own output: every start tag with
 * its attributes, and the raw text of every `<script>` and `<style>`
 * (exactly the characters a browser hashes for a CSP `'sha256-…'` source).
 *
 * Regular expressions cannot do this on our pages: Astro escapes only `"`
 * and `&` in attribute values, so text from the articles such as
 * `lang="en&quot;><script>…"` puts a literal `<script>` inside an attribute,
 * where it is harmless but a regex would take it for an element. This
 * follows the HTML tokenizer's states that matter (data, tag, attribute
 * value, comment, raw text), in one pass, linear in the page's length.
 */

export interface StartTag {
  /** Lowercase tag name. */
  name: string;
  /** Attributes as written (names lowercased, values with entities left as they are). */
  attributes: [name: string, value: string][];
}

export interface InlineBlock {
  tag: 'script' | 'style';
  attributes: [name: string, value: string][];
  /** The element's raw text, byte for byte. */
  content: string;
}

export interface ScannedHtml {
  tags: StartTag[];
  inline: InlineBlock[];
}

/** Elements whose content is raw text: it runs to the matching end tag, whatever it holds. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** HTML's whitespace: tab, LF, FF, CR, space. */
const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 12 || code === 13;

export function scanHtml(html: string): ScannedHtml {
  const tags: StartTag[] = [];
  const inline: InlineBlock[] = [];
  const n = html.length;
  const at = (k: number): number => html.charCodeAt(k); // NaN past the end: no test below matches it
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    i = lt + 1;
    const next = at(i);
    if (next === 33 /* ! */ && html.startsWith('!--', i)) {
      const end = html.indexOf('-->', i + 3);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */ || (next === 47 /* / */ && isLetter(at(i + 1)))) {
      // A doctype, a processing instruction or an end tag: nothing to record (an end tag's attributes are ignored).
      i = skipTag(html, i);
      continue;
    }
    if (!isLetter(next)) continue; // a "<" in text
    let j = i;
    while (j < n && !isSpace(at(j)) && at(j) !== 47 && at(j) !== 62) j++;
    const name = html.slice(i, j).toLowerCase();
    const attributes: [string, string][] = [];
    i = j;
    // Attributes, until ">" (a "/" before it only marks a void or self-closing tag).
    for (;;) {
      while (i < n && (isSpace(at(i)) || at(i) === 47)) i++;
      if (i >= n) break;
      if (at(i) === 62 /* > */) {
        i++;
        break;
      }
      let k = i + 1; // a name may start with "=": it is then part of the name
      while (k < n && !isSpace(at(k)) && at(k) !== 47 && at(k) !== 62 && at(k) !== 61) k++;
      const attr = html.slice(i, k).toLowerCase();
      i = k;
      while (i < n && isSpace(at(i))) i++;
      let value = '';
      if (at(i) === 61 /* = */) {
        i++;
        while (i < n && isSpace(at(i))) i++;
        const quote = at(i);
        if (quote === 34 /* " */ || quote === 39 /* ' */) {
          const close = html.indexOf(quote === 34 ? '"' : "'", i + 1);
          const end = close < 0 ? n : close;
          value = html.slice(i + 1, end);
          i = end + 1;
        } else {
          let v = i;
          while (v < n && !isSpace(at(v)) && at(v) !== 62) v++;
          value = html.slice(i, v);
          i = v;
        }
      }
      attributes.push([attr, value]);
    }
    tags.push({ name, attributes });
    if (RAW_TEXT.has(name)) {
      const end = findEndTag(html, name, i);
      if (name === 'script' || name === 'style') inline.push({ tag: name, attributes, content: html.slice(i, end) });
      i = end;
    }
  }
  return { tags, inline };
}

function skipTag(html: string, from: number): number {
  const end = html.indexOf('>', from);
  return end < 0 ? html.length : end + 1;
}

/** Where the raw text of `name` ends: at "</name" followed by a space, "/" or ">" (any case). */
function findEndTag(html: string, name: string, from: number): number {
  const end = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, 'gi');
  end.lastIndex = from;
  const found = end.exec(html);
  return found ? found.index : html.length;
}
