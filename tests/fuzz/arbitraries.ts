/**
 * Generators of hostile input for the fuzz properties. Each gives a
 * `BadFile`: a path and its text or bytes, printed compactly when a property
 * fails (a 300 KB nesting case prints as its recipe, not its bytes).
 */
import fc from 'fast-check';
import type { ArticleFile } from '../../src/pipeline/types.ts';

export interface BadFile {
  path: string;
  /** How to make the bytes: the text in an encoding, or raw bytes. */
  text?: string;
  encoding?: Encoding;
  bytes?: Uint8Array;
  /** A short description for the failure report, when the content is too big to print. */
  recipe?: string;
}

export type Encoding = 'utf-8' | 'utf-8 with BOM' | 'utf-16le with BOM' | 'utf-16be with BOM' | 'latin1';

/** The file kinds the pipeline reads, and some it must turn away with a diagnostic. */
export const EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'pdf', 'docx', 'json', 'yml', ''] as const;

/** Sorted after the good article's `a-…` path, so path order never puts the bad file first by accident of naming. */
const nameFor = (ext: string): string => (ext ? `z-bad.${ext}` : 'z-bad');
export const badPath = fc.constantFrom(...EXTENSIONS).map(nameFor);
export const articlePath = fc.constantFrom('txt', 'md', 'html').map(nameFor);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
  }
  return out;
}

/** The bytes of a BadFile, as they would sit on disk. */
export function toArticleFile(bad: BadFile): ArticleFile {
  if (bad.bytes) return { path: bad.path, bytes: bad.bytes };
  const text = bad.text ?? '';
  const utf8 = new TextEncoder().encode(text);
  switch (bad.encoding ?? 'utf-8') {
    case 'utf-8':
      return { path: bad.path, bytes: utf8 };
    case 'utf-8 with BOM':
      return { path: bad.path, bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) };
    case 'utf-16le with BOM':
      return { path: bad.path, bytes: utf16(text, false) };
    case 'utf-16be with BOM':
      return { path: bad.path, bytes: utf16(text, true) };
    case 'latin1':
      // A Latin-1 file cannot hold a character above U+00FF: it is left out (cutting it to its low byte would put a letter
      // into a word). Nor C1 controls: bytes 0x80–0x9F in a single-byte file are Windows-1252's punctuation ("…" for NEL).
      return { path: bad.path, bytes: Uint8Array.from([...text].filter((c) => c.charCodeAt(0) <= 0xff && !(c.charCodeAt(0) >= 0x80 && c.charCodeAt(0) <= 0x9f)), (c) => c.charCodeAt(0)) };
  }
}

/** Attaches a compact printout to a value fast-check reports. */
function printedAs<T extends object>(value: T, text: string): T {
  return Object.assign(value, { [fc.toStringMethod]: () => text });
}

// ---------------------------------------------------------------- bytes

export const arbitraryBytes: fc.Arbitrary<BadFile> = fc
  .record({ path: badPath, bytes: fc.oneof(fc.uint8Array({ maxLength: 4000 }), fc.uint8Array({ min: 0x80, maxLength: 600 })) })
  .map((file) => printedAs(file, `{ path: ${JSON.stringify(file.path)}, bytes: Uint8Array.from([${[...file.bytes].join(',')}]) }`));

// ---------------------------------------------------------------- Unicode

/** Characters that break naive text handling: controls, zero-width, bidi, odd line ends, lone surrogates, combining marks. */
const NOISE = [
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2028', '\u2029',
  '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\ufeff', '\ufffd', '\ufffe', '\r', '\r\n', '\n\r', '\t', '\v', '\f', '\ud800', '\udfff',
  'e\u0301', 'İ', 'ß', 'ﬁ', '😀', '👩‍👩‍👧', '🇺🇦', '\u{e0041}', '𝔘𝔫𝔦',
];
/** Words and marks of news text, so that generated text sometimes looks like an article (dates, quotes, markup). */
const NEWSY = [
  'On', 'Monday', 'last', 'week', 'the', 'council', 'said', 'killed', 'met', '9', '2024', 'March', 'June', '25 июня 2024 года', 'вчера', 'у вівторок',
  '.', ',', ':', '—', '«', '»', '“', '”', '"', "'", '<script>', '</p>', '<p>', '&amp;', '&#0;', '#', '*', '_', '>', '-', '1.', '[', ']', '(', ')',
  'http://x.invalid/', '\n', '\n\n', '---', 'published:', 'date', 'Read more', 'Subscribe', '©', '2024-06-25', '12:00', 'UTC+3',
];
const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NEWSY) }, { weight: 2, arbitrary: fc.constantFrom(...NOISE) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
const newsyText = fc.tuple(fc.array(piece, { maxLength: 400 }), fc.constantFrom(' ', '', '\n')).map(([pieces, glue]) => pieces.join(glue));

export const arbitraryText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 1500 }),
  fc.string({ unit: 'binary', maxLength: 800 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 1500 }),
  newsyText,
);

export const encoding = fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-8', 'utf-8 with BOM', 'utf-16le with BOM', 'utf-16be with BOM', 'latin1');

export const arbitraryTextFile: fc.Arbitrary<BadFile> = fc.record({ path: badPath, text: arbitraryText, encoding });

/** `text` with a noise character put beside some of its spaces: the words stay whole, only the characters between them change. */
export const noisyCopy = (text: string, noises: readonly string[] = NOISE): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fc.nat(), fc.constantFrom(...noises)), { minLength: 1, maxLength: 30 }).map((insertions) => {
    const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
    const at = new Map(insertions.map(([n, noise]) => [spaces[n % spaces.length]!, noise]));
    return [...text].map((c, i) => (at.has(i) ? `${c}${at.get(i)}` : c)).join('');
  });

/**
 * The noise a reader does not see as a word: controls, format and bidi marks, odd spaces and line ends. A letter,
 * a mark or a symbol put beside a space is a word of its own ("On 10 ﬁ November" is no date any more), and a
 * paragraph separator ends a paragraph as a blank line does, so those are left out.
 */
export const INVISIBLE_NOISE: readonly string[] = NOISE.filter((noise) => !/[\p{L}\p{M}\p{S}\u{fffd}\u2029]/u.test(noise));

// ---------------------------------------------------------------- dates in front matter

const pad = (n: number, width = 2): string => (n < 0 ? `-${String(-n).padStart(width, '0')}` : String(n).padStart(width, '0'));

/** Strings that look like dates, or nearly, or not at all: what a journalist or a tool may type as `published`. */
export const dateString = fc.oneof(
  fc.constantFrom(
    '2024-02-30', '2023-02-29', '99999-01-01', '0000-00-00', '1000-01-01', '0001-01-01', '2024-13-01', '2024-00-10', '2024-06-25T25:61:00Z',
    '2024-06-25T10:00:00+14:00', '2024-06-25T10:00:00-12:00', '+002024-06-25', '-000001-01-01', '2024-W26-2', '2024-177', '20240625',
    '25/06/2024', '06/25/2024', '25 June 2024', 'June 25, 2024', '25 июня 2024', 'yesterday', 'next Tuesday', '[2024-01-01, 2024-01-02]',
    '{ day: 1 }', '123', '-1', '1e400', 'NaN', 'true', 'null', '~', '""', "''", '2024', '2024-06', 'Z', 'T', '2024-06-25 ', ' 2024-06-25',
  ),
  fc
    .tuple(fc.integer({ min: -10_000, max: 100_000 }), fc.integer({ min: -2, max: 14 }), fc.integer({ min: -2, max: 40 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  fc.tuple(fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }), fc.boolean()).map(([d, full]) => (full ? d.toISOString() : d.toISOString().slice(0, 10))),
  fc.integer().map(String),
  fc.double().map(String),
  fc.string({ maxLength: 30 }),
);

/** A YAML value as a person might write it: bare, double-quoted, single-quoted, or in a list. */
export const yamlValue = fc
  .tuple(dateString, fc.constantFrom('bare', 'double', 'single', 'list'))
  .map(([value, style]) =>
    style === 'double' ? JSON.stringify(value) : style === 'single' ? `'${value.replace(/'/g, "''")}'` : style === 'list' ? `[${value}]` : value,
  );

export const FRONT_MATTER_KEYS = ['published', 'date', 'title', 'outlet', 'url', 'author', 'language'] as const;

/** A Markdown article whose front matter sets `published` (and maybe more) to fuzzed values, above `body`. */
export const frontMatterArticle = (body: string): fc.Arbitrary<BadFile> =>
  fc
    .tuple(yamlValue, fc.array(fc.tuple(fc.constantFrom(...FRONT_MATTER_KEYS), yamlValue), { maxLength: 3 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([published, others, eol]) => ({
      path: 'z-dated.md',
      text: ['---', `published: ${published}`, ...others.map(([k, v]) => `${k}: ${v}`), '---', '', body].join(eol),
    }));

// ---------------------------------------------------------------- nesting

export const NESTINGS = [
  'md blockquote', 'md list', 'md ordered list', 'md emphasis', 'md strong', 'md links', 'md html', 'html divs', 'html unclosed', 'html inline',
  'html lists', 'html tables', 'editorial blockquote', 'editorial list', 'editorial emphasis',
] as const;
export type Nesting = (typeof NESTINGS)[number];

const SENTENCE = 'The bridge over the Selva river collapsed on 9 March 2024, officials said.';

/** One file nested `depth` deep in the way `kind` names, with a dated sentence at the bottom. */
export function nestedFile(kind: Nesting, depth: number): BadFile {
  const r = (s: string, n = depth): string => s.repeat(n);
  const text: Record<Nesting, () => string> = {
    'md blockquote': () => `${r('> ')}${SENTENCE}\n`,
    'md list': () => `${r('- ')}${SENTENCE}\n`,
    'md ordered list': () => `${r('1. ')}${SENTENCE}\n`,
    'md emphasis': () => `${r('*')}${SENTENCE}${r('*')}\n`,
    'md strong': () => `${r('__')}${SENTENCE}${r('__')}\n`,
    'md links': () => `${r('[')}${SENTENCE}${r('](http://x.invalid/)')}\n`,
    'md html': () => `${r('<div>')}\n\n${SENTENCE}\n\n${r('</div>')}\n`,
    'html divs': () => `<html><body>${r('<div>')}<p>${SENTENCE}</p>${r('</div>')}</body></html>`,
    'html unclosed': () => `<html><body>${r('<div><span>')}<p>${SENTENCE}`,
    'html inline': () => `<p>${r('<b><i>')}${SENTENCE}${r('</i></b>')}</p>`,
    'html lists': () => `${r('<ul><li>')}${SENTENCE}${r('</li></ul>')}`,
    'html tables': () => `${r('<table><tr><td>')}${SENTENCE}${r('</td></tr></table>')}`,
    'editorial blockquote': () => `---\ntitle: A desk's title\n---\n\n## 2024-03-09-unknown-event\ntitle: Retitled\n\n${r('> ')}summary\n`,
    'editorial list': () => `---\ntitle: A desk's title\n---\n\n## 2024-03-09-unknown-event\n\n${r('- ')}summary\n`,
    'editorial emphasis': () => `---\ntitle: A desk's title\n---\n\n## 2024-03-09-unknown-event\n\n${r('*')}summary${r('*')}\n`,
  };
  const path = kind.startsWith('editorial') ? 'editorial.md' : kind.startsWith('html') ? 'z-bad.html' : 'z-bad.md';
  return printedAs({ path, text: text[kind]() }, `nestedFile(${JSON.stringify(kind)}, ${depth}) → ${path}`);
}

/** Depths from shallow to far past any stack: most runs small, some at the sizes that broke recursion. */
export const depth = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 200 }) },
  { weight: 2, arbitrary: fc.integer({ min: 200, max: 10_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(20_000, 50_000) },
);
export const arbitraryNesting: fc.Arbitrary<BadFile> = fc.tuple(fc.constantFrom(...NESTINGS), depth).map(([kind, n]) => nestedFile(kind, n));

// ---------------------------------------------------------------- side files

/** A fuzzed sources.yaml or editorial.md: random text, or YAML and Markdown shapes with fuzzed values. */
export const arbitrarySideFile: fc.Arbitrary<BadFile> = fc.oneof(
  fc.record({ path: fc.constantFrom('sources.yaml', 'editorial.md'), text: arbitraryText, encoding }),
  fc
    .tuple(yamlValue, yamlValue, fc.constantFrom(...FRONT_MATTER_KEYS), fc.constantFrom('\n', '\r\n', '\r'), encoding)
    .map(([title, value, key, eol, enc]) => ({
      path: 'sources.yaml',
      // Facts for files other than the good article: what sources.yaml says of the good one may rightly change its events.
      text: [`title: ${title}`, `language: ${value}`, 'sources:', `  z-bad.txt:`, `    ${key}: ${value}`, `  z-missing.txt: ${value}`].join(eol),
      encoding: enc,
    })),
  fc
    .tuple(yamlValue, arbitraryText, fc.constantFrom('\n', '\r\n', '\r'), encoding)
    .map(([value, body, eol, enc]) => ({
      path: 'editorial.md',
      text: ['---', `title: ${value}`, `hide: ${value}`, `pin: [${value}]`, `merge: [[${value}]]`, '---', '', `## ${value}`, `date: ${value}`, '', body].join(eol),
      encoding: enc,
    })),
);
