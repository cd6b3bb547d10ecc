/**
 * Characters that are no text: C0 and C1 controls (NUL among them) but tab,
 * line feed and NEL, DEL, a lone surrogate half, the noncharacters (U+FFFE,
 * U+FFFF, U+FDD0–U+FDEF), and U+FFFD (a byte the decoder could not read). Each stood between words or for a character
 * lost, so a run of them becomes one space: "on\u0000Monday" reads "on Monday".
 */
const NOT_TEXT = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u0084\\u0086-\\u009F\\uFDD0-\\uFDEF\\uFFFD-\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

/**
 * Invisible format characters: zero-width space, non-joiner and direction
 * marks (U+200B–U+200F), bidi embeddings and isolates (U+202A–U+202E,
 * U+2066–U+2069), word joiner and invisible operators (U+2060–U+2064), the
 * byte-order mark (U+FEFF), the soft hyphen and the Mongolian vowel
 * separator, and tag characters (U+E0001, U+E0020–U+E007F). They sit inside words ("Mon\u200Bday"), so they are removed,
 * not spaced; only a zero-width joiner inside an emoji sequence (👷🏽‍♀️) and the tags of a flag (🏴 + tags) stay.
 */
const INVISIBLE = '\\u{E0001}|(?<!\\u{1F3F4}[\\u{E0020}-\\u{E007E}]*)[\\u{E0020}-\\u{E007F}]|[\\u200B\\u200C\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\u00AD\\u180E]|(?<!\\p{Extended_Pictographic}[\\u{1F3FB}-\\u{1F3FF}\\uFE0F]?)\\u200D|\\u200D(?!\\p{Extended_Pictographic})';

/**
 * Line ends of every kind but "\n" (CR LF, LF CR as some old systems wrote it, a lone CR, NEL, the line
 * separator), and the paragraph separator. Shared with decodeText's normalizeLineEndings: one rule for both.
 */
export const LINE_END = '\\r\\n?|\\n\\r|\\u0085|\\u2028';
export const PARAGRAPH_SEPARATOR = '\\u2029';

/** Everything to clean, in one pass: each match is replaced as a whole. */
const UNCLEAN = new RegExp(`(?<line>${LINE_END})|(?<paragraph>${PARAGRAPH_SEPARATOR})|(?<invisible>${INVISIBLE})|(?<noise>(?:${NOT_TEXT})+)`, 'gu');
/** Where a run of noise needs no space of its own: a line's edge, or a space already beside it. */
const EDGES = ' \t\n\r\u0085\u2028\u2029';

/** A stretch of the cleaned text and the stretch of the text it came from. */
interface Piece {
  /** Where it starts in the cleaned text. */
  at: number;
  /** The stretch of the original it stands for. */
  from: number;
  to: number;
  /** Copied as it was (offsets inside map one to one), or a replacement (it stands for the whole stretch). */
  copied: boolean;
}

/** Cleaned text, and the way back from its offsets to those of the text it was made from. */
export interface ReadingView {
  text: string;
  /** Whether the cleaned text is the original string itself (nothing was cleaned). */
  unchanged: boolean;
  /** A span of the cleaned text as a span of the original: a quote taken there covers the same words. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

/**
 * Article text as every stage reads it: line ends made "\n", invisible
 * format characters removed, a run of control characters and undecodable
 * bytes made a space (none beside a space or at a line's edge, where it
 * would turn a blank line between paragraphs into a line of text).
 * Everything else, emoji included, stays as written. Clean text comes back
 * as the very same string. One regular-expression pass, with no
 * backtracking over runs of spaces: linear in the text.
 */
export function readingView(original: string): ReadingView {
  UNCLEAN.lastIndex = 0;
  if (!UNCLEAN.test(original)) return { text: original, unchanged: true, toOriginal: (start, end) => ({ start, end }) };
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let at = 0;
  let copiedFrom = 0;
  const emit = (text: string, from: number, to: number, copied: boolean): void => {
    if (text.length === 0) return;
    parts.push(text);
    pieces.push({ at, from, to, copied });
    at += text.length;
  };
  UNCLEAN.lastIndex = 0;
  for (const m of original.matchAll(UNCLEAN)) {
    const from = m.index;
    const to = from + m[0].length;
    emit(original.slice(copiedFrom, from), copiedFrom, from, true);
    emit(replacementFor(m, original, from, to), from, to, false);
    copiedFrom = to;
  }
  emit(original.slice(copiedFrom), copiedFrom, original.length, true);
  const text = parts.join('');
  return { text, unchanged: false, toOriginal: (start, end) => ({ start: originalStart(pieces, start, original.length), end: originalEnd(pieces, end) }) };
}

/** The cleaned text alone. Idempotent: cleaning it again changes nothing. */
export function normalizeText(text: string): string {
  return readingView(text).text;
}

function replacementFor(m: RegExpExecArray | RegExpMatchArray, original: string, from: number, to: number): string {
  const groups = m.groups ?? {};
  if (groups.line !== undefined) return '\n';
  if (groups.paragraph !== undefined) return '\n\n';
  if (groups.invisible !== undefined) return '';
  const atEdge = (i: number): boolean => i < 0 || i >= original.length || EDGES.includes(original.charAt(i));
  return atEdge(from - 1) || atEdge(to) ? '' : ' ';
}

/** The piece holding a cleaned offset: the last that starts at or before it. */
function pieceAt(pieces: readonly Piece[], offset: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.at <= offset) lo = mid;
    else hi = mid - 1;
  }
  return pieces[lo];
}

function originalStart(pieces: readonly Piece[], start: number, length: number): number {
  const piece = pieceAt(pieces, start);
  if (!piece) return Math.min(start, length);
  const inside = start - piece.at;
  if (inside >= piece.to - piece.from && piece.copied) return piece.to;
  return piece.copied ? piece.from + inside : piece.from;
}

function originalEnd(pieces: readonly Piece[], end: number): number {
  if (end <= 0) return 0;
  const piece = pieceAt(pieces, end - 1);
  if (!piece) return end;
  return piece.copied ? piece.from + (end - piece.at) : piece.to;
}
