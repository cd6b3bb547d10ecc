import chardet from 'chardet';
import iconv from 'iconv-lite';
import { LINE_END, PARAGRAPH_SEPARATOR } from '../text/normalizeText.ts';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as, e.g. utf-8, utf-16le, windows-1251, koi8-r. */
  encoding: string;
}

/** Single-byte encodings news files come in, as chardet names them, to iconv names. */
const legacyEncodings: Record<string, string> = {
  'windows-1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  'iso-8859-5': 'iso-8859-5',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text, whatever the encoding: a byte-order mark decides first,
 * then valid UTF-8, then chardet's best guess among the encodings news
 * files come in (Windows-1251, KOI8-R, Windows-1252…). Line endings become \n.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return done(utf8Lenient(bytes.subarray(3)), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be');
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return done(iconv.decode(Buffer.from(bytes), utf16), utf16);
  try {
    return done(utf8.decode(bytes), 'utf-8');
  } catch {
    // Not UTF-8: a legacy single-byte encoding, or UTF-16 without a mark.
  }
  const guesses = chardet.analyse(bytes);
  const match = guesses.map((g) => legacyEncodings[g.name.toLowerCase()]).find((name) => name !== undefined);
  if (match === undefined || cyrillicEncodings.includes(match) || mostlyHighLetters(bytes)) return bestCyrillic(bytes, match);
  return done(iconv.decode(Buffer.from(bytes), match), match);
}

/**
 * Every way of ending a line as "\n" (CR LF, LF CR, CR, NEL, LINE SEPARATOR), and a
 * PARAGRAPH SEPARATOR as a blank line: lines and paragraphs are read off
 * "\n" alone, so a sentence wrapped with any of them is still joined.
 */
export function normalizeLineEndings(text: string): string {
  return text.replace(LINE_ENDS, '\n').replace(PARAGRAPH_SEPARATORS, '\n\n');
}

const LINE_ENDS = new RegExp(LINE_END, 'gu');
const PARAGRAPH_SEPARATORS = new RegExp(PARAGRAPH_SEPARATOR, 'gu');

const done = (text: string, encoding: string): DecodedText => ({ text: normalizeLineEndings(text), encoding });
const utf8Lenient = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

const cyrillicEncodings = ['windows-1251', 'koi8-r', 'iso-8859-5'];

/**
 * Above this share of letters written with bytes 0xC0–0xFF, a single-byte
 * text is Cyrillic, whatever chardet guesses for a short one: those bytes are
 * every Cyrillic letter in Windows-1251 and KOI8, but only the accented
 * letters of Windows-1252, which are a few in a hundred in any Latin text.
 */
const CYRILLIC_HIGH_LETTER_SHARE = 0.5;

function mostlyHighLetters(bytes: Uint8Array): boolean {
  let ascii = 0;
  let high = 0;
  for (const byte of bytes) {
    if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) ascii++;
    else if (byte >= 0xc0) high++;
  }
  return high > 0 && high / (ascii + high) > CYRILLIC_HIGH_LETTER_SHARE;
}

/**
 * Cyrillic single-byte encodings are easily confused by statistics alone;
 * the right reading is the one whose Cyrillic letters are mostly lowercase,
 * as running text is. KOI8-U is read for KOI8 so Ukrainian letters survive.
 */
function bestCyrillic(bytes: Uint8Array, guess: string | undefined): DecodedText {
  const buffer = Buffer.from(bytes);
  let best: { text: string; encoding: string; score: number } | undefined;
  for (const encoding of ['windows-1251', 'koi8-u', 'iso-8859-5']) {
    const text = iconv.decode(buffer, encoding);
    const lower = text.match(/[а-яёіїєґ]/g)?.length ?? 0;
    const upper = text.match(/[А-ЯЁІЇЄҐ]/g)?.length ?? 0;
    const score = lower - 2 * upper + (encoding === guess ? 0.5 : 0);
    if (!best || score > best.score) best = { text, encoding: encoding === 'koi8-u' ? 'koi8-r' : encoding, score };
  }
  if (!best || best.score <= 0) {
    const encoding = guess ?? 'windows-1252';
    return done(iconv.decode(buffer, encoding), encoding);
  }
  return done(best.text, best.encoding);
}

/**
 * UTF-16 without a byte-order mark: text files have no zero bytes except
 * the high bytes of UTF-16 characters, which fall on one parity only.
 */
/**
 * Share of UTF-16 code units whose high byte must be zero before bytes read
 * as UTF-16 without a mark: all of them in Latin text, and in Cyrillic (high
 * byte 0x04) still its spaces, digits and punctuation, about a fifth.
 */
const UTF16_MIN_ZERO_SHARE = 0.1;

function utf16WithoutMark(bytes: Uint8Array): string | undefined {
  let evenZeros = 0;
  let oddZeros = 0;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  // Enough zeros to be the high bytes of spaces and digits at least: a stray NUL or two in UTF-8 text is not UTF-16.
  const enough = Math.max(2, (n / 2) * UTF16_MIN_ZERO_SHARE);
  if (oddZeros >= enough && evenZeros <= oddZeros / 20) return 'utf-16le';
  if (evenZeros >= enough && oddZeros <= evenZeros / 20) return 'utf-16be';
  return undefined;
}
