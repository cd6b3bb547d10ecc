/**
 * A synthetic news corpus for the scale benchmark, built from the seed articles.
 *
 * The sentences of the seed articles (read at run time) are the pool of realistic
 * sentence shapes. Each generated article belongs to a story; a story has its own
 * date offset (a whole number of weeks, so weekdays stay true, spread over 2015–2025)
 * and its own generated names for every proper name of the seeds, so different
 * stories have different actors, places and dates while each story is consistent.
 * Every article starts with a dateline " date YYYY-MM-DD Headline words" and is
 * 1–4 KB of UTF-8. Deterministic: no clock, no network, one seeded PRNG.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFile } from '../../src/pipeline/types.ts';
import { mix, mulberry32, pick, randInt, type Random } from './prng.ts';

export const MIN_ARTICLE_BYTES = 1024;
export const MAX_ARTICLE_BYTES = 4096;
/** About this many articles per story, so a corpus has many stories. */
const ARTICLES_PER_STORY = 8;
/** Stories are spread over these years. */
const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;
/** Publication dates of a story's articles fall within this many days of its start. */
const PUBLICATION_SPREAD_DAYS = 14;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Capitalized words that are roles or institutions, not names: kept as they are. */
const GENERIC_CAPITALIZED = new Set(
  'President Prime Minister Ministry Secretary Defense Defence Foreign Affairs Armed Forces Army Navy Air General Major Colonel Chief Spokesman Spokesperson Department Federation State States United Republic Summit Council Committee Parliament Government Office Agency Court Police Mr Mrs Ms Dr News Press Service Sections Support Us Menu Date Source Details Stock Photo Images'.split(' '),
);

/** One piece of a sentence template: literal text, a proper name, or a date to shift. */
type Part = string | { name: string } | { date: (offsetDays: number) => string };
type Template = Part[];

export interface SeedPool {
  sentences: Template[];
  headlines: Template[];
  /** Proper names of the seeds that each story renames, sorted. */
  names: string[];
  /** The seeds' own publication date (first dateline found), the origin of every shift. */
  reference: string;
}

export interface CorpusOptions {
  count: number;
  seed?: number;
}

export interface GeneratedArticle extends ArticleFile {
  story: number;
  published: string;
}

/** The text of every .txt file of the seeds folder, in name order. */
export function readSeedTexts(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && !name.startsWith('.'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

// ---------------------------------------------------------------- dates

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);
const iso = (date: Date): string => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const monthName = (date: Date): string => MONTHS[date.getUTCMonth()]!;
const monthIndex = (name: string): number => MONTHS.indexOf(name) + 1;

const M = `(?:${MONTHS.join('|')})`;
const datePattern = new RegExp(
  [
    String.raw`(?<isoY>\d{4})-(?<isoM>\d{2})-(?<isoD>\d{2})`,
    String.raw`(?<rD1>\d{1,2})(?<rSep>[-–])(?<rD2>\d{1,2}) (?<rM>${M})(?:(?<rYs>,? )(?<rY>\d{4}))?`,
    String.raw`(?<dmD>\d{1,2}) (?<dmM>${M})(?:(?<dmYs>,? )(?<dmY>\d{4}))?`,
    String.raw`(?<mdM>${M}) (?<mdD>\d{1,2})(?!\d)(?:(?<mdYs>,? )(?<mdY>\d{4}))?`,
    String.raw`(?<myM>${M}) (?<myY>\d{4})`,
    String.raw`(?<bM>${M})`,
  ]
    .map((alt) => `(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`)
    .join('|'),
  'gu',
);

/** A function rendering one absolute date of a seed sentence, shifted by a story's offset. */
function dateRenderer(g: Record<string, string | undefined>, year: number): (offset: number) => string {
  if (g.isoY) {
    const date = utc(+g.isoY, +g.isoM!, +g.isoD!);
    return (offset) => iso(addDays(date, offset));
  }
  if (g.rD1) {
    const start = utc(g.rY ? +g.rY : year, monthIndex(g.rM!), +g.rD1);
    const length = +g.rD2! - +g.rD1;
    return (offset) => {
      const a = addDays(start, offset);
      const b = addDays(a, length);
      const y = g.rY ? `${g.rYs}${b.getUTCFullYear()}` : '';
      return a.getUTCMonth() === b.getUTCMonth()
        ? `${a.getUTCDate()}${g.rSep}${b.getUTCDate()} ${monthName(a)}${y}`
        : `${a.getUTCDate()} ${monthName(a)} – ${b.getUTCDate()} ${monthName(b)}${y}`;
    };
  }
  if (g.dmD) {
    const date = utc(g.dmY ? +g.dmY : year, monthIndex(g.dmM!), +g.dmD);
    return (offset) => {
      const d = addDays(date, offset);
      return `${d.getUTCDate()} ${monthName(d)}${g.dmY ? `${g.dmYs}${d.getUTCFullYear()}` : ''}`;
    };
  }
  if (g.mdM) {
    const date = utc(g.mdY ? +g.mdY : year, monthIndex(g.mdM), +g.mdD!);
    return (offset) => {
      const d = addDays(date, offset);
      return `${monthName(d)} ${d.getUTCDate()}${g.mdY ? `${g.mdYs}${d.getUTCFullYear()}` : ''}`;
    };
  }
  if (g.myM) {
    const date = utc(+g.myY!, monthIndex(g.myM), 15);
    return (offset) => {
      const d = addDays(date, offset);
      return `${monthName(d)} ${d.getUTCFullYear()}`;
    };
  }
  const date = utc(year, monthIndex(g.bM!), 15);
  return (offset) => monthName(addDays(date, offset));
}

// ---------------------------------------------------------------- seed pool

const nameToken = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu;
const nonLatin = /[\u0400-\u04ff\u0370-\u03ff\u0590-\u06ff\u3000-\u9fff]/;

/** Split a paragraph into sentences at end punctuation followed by a capital or an opening quote. */
function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u).map((s) => s.trim()).filter(Boolean);
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
/** Most words capitalized: a title or a caption, whose capitals say nothing about names. */
const isTitleCase = (s: string): boolean => (s.match(/(?<![\p{L}])\p{Lu}/gu)?.length ?? 0) >= 0.6 * wordCount(s);

/** A title-like line: a few words, no end punctuation, no digits, no captions or labels. */
const isHeadline = (line: string): boolean =>
  wordCount(line) >= 5 && wordCount(line) <= 16 && !isTitleCase(line) && !/[.!?;]$/.test(line) && !/\d|©|:|\. /.test(line);

/** A sentence worth reusing: long enough, properly ended, in Latin script. */
const isSentence = (s: string): boolean => wordCount(s) >= 6 && s.length <= 700 && /[.!?]["”’)]?$/.test(s) && !isTitleCase(s);

/** The seeds' sentences and headlines as templates, with their proper names and dates marked. */
export function buildSeedPool(texts: readonly string[]): SeedPool {
  let reference: string | undefined;
  const sentenceTexts: string[] = [];
  const headlineTexts: string[] = [];
  for (const text of texts) {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/\s+/g, ' ').trim();
      if (!line || nonLatin.test(line)) continue;
      const dateline = /^date (\d{4}-\d{2}-\d{2})\b/.exec(line);
      if (dateline) {
        reference ??= dateline[1];
        continue;
      }
      if (isHeadline(line)) headlineTexts.push(line);
      else sentenceTexts.push(...splitSentences(line).filter(isSentence));
    }
  }
  const sentences = [...new Set(sentenceTexts)];
  const headlines = [...new Set(headlineTexts)];
  if (sentences.length < 10) throw new Error(`the seeds give only ${sentences.length} usable sentences; at least 10 are needed`);
  if (!reference) throw new Error('the seeds give no dateline (" date YYYY-MM-DD …") to anchor the generated dates');
  const year = +reference.slice(0, 4);

  // Proper names: capitalized words never written in lower case, seen at least once mid-sentence.
  const lower = new Set<string>();
  for (const s of [...sentences, ...headlines]) for (const w of s.match(/\p{Ll}+/gu) ?? []) lower.add(w);
  const midSentence = new Set<string>();
  for (const s of [...sentences, ...headlines]) {
    for (const m of s.matchAll(nameToken)) if (s.slice(0, m.index).replace(/["“‘(]/g, '').trim()) midSentence.add(m[0]);
  }
  const isName = (w: string): boolean =>
    midSentence.has(w) && !lower.has(w.toLowerCase()) && !MONTHS.includes(w) && !WEEKDAYS.includes(w) && !GENERIC_CAPITALIZED.has(w);
  const names = new Set<string>();

  const template = (s: string): Template => {
    const parts: Template = [];
    let at = 0;
    const literal = (text: string): void => {
      let from = 0;
      for (const m of text.matchAll(nameToken)) {
        if (!isName(m[0])) continue;
        if (m.index > from) parts.push(text.slice(from, m.index));
        parts.push({ name: m[0] });
        names.add(m[0]);
        from = m.index + m[0].length;
      }
      if (from < text.length) parts.push(text.slice(from));
    };
    for (const m of s.matchAll(datePattern)) {
      literal(s.slice(at, m.index));
      parts.push({ date: dateRenderer(m.groups!, year) });
      at = m.index + m[0].length;
    }
    literal(s.slice(at));
    return parts;
  };
  return {
    sentences: sentences.map(template),
    headlines: headlines.map(template),
    names: [...names].sort(),
    reference,
  };
}

// ---------------------------------------------------------------- stories

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'gr', 'kr', 'st', 'tr', 'sh', 'ch', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'v', 'sk', 'nt'];

function inventName(random: Random): string {
  let word = '';
  const syllables = randInt(random, 2, 3);
  for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, VOWELS) + (i === syllables - 1 ? pick(random, CODAS) : '');
  return word[0]!.toUpperCase() + word.slice(1);
}

interface Story {
  offsetDays: number;
  names: Map<string, string>;
}

function makeStory(pool: SeedPool, seed: number, id: number): Story {
  const random = mulberry32(mix(seed, id, 0x5703));
  const reference = utc(+pool.reference.slice(0, 4), +pool.reference.slice(5, 7), +pool.reference.slice(8, 10));
  const weeks = (date: Date): number => Math.round((date.getTime() - reference.getTime()) / (7 * 86_400_000));
  // Whole weeks, so "on Tuesday" and "Friday, 12 July" stay true after the shift.
  const offsetDays = 7 * randInt(random, weeks(utc(FIRST_YEAR, 1, 1)), weeks(utc(LAST_YEAR, 12, 1)));
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const name of pool.names) {
    let invented = inventName(random);
    while (used.has(invented)) invented = inventName(random);
    used.add(invented);
    names.set(name, invented);
  }
  return { offsetDays, names };
}

function render(template: Template, story: Story): string {
  let out = '';
  for (const part of template) {
    if (typeof part === 'string') out += part;
    else if ('name' in part) out += story.names.get(part.name) ?? part.name;
    else out += part.date(story.offsetDays);
  }
  return out;
}

// ---------------------------------------------------------------- corpus

const encoder = new TextEncoder();

/** `count` articles about about count/8 stories, each 1–4 KB with a dateline. */
export function generateCorpus(pool: SeedPool, { count, seed = 1 }: CorpusOptions): GeneratedArticle[] {
  const random = mulberry32(mix(seed, count, 0xc0));
  const storyCount = Math.max(1, Math.round(count / ARTICLES_PER_STORY));
  const stories = new Map<number, Story>();
  const reference = utc(+pool.reference.slice(0, 4), +pool.reference.slice(5, 7), +pool.reference.slice(8, 10));
  const order = pool.sentences.map((_, i) => i);
  const width = Math.max(5, String(count).length);
  const articles: GeneratedArticle[] = [];

  for (let i = 0; i < count; i++) {
    const id = Math.floor(random() * storyCount);
    let story = stories.get(id);
    if (!story) stories.set(id, (story = makeStory(pool, seed, id)));
    const published = iso(addDays(reference, story.offsetDays + randInt(random, 0, PUBLICATION_SPREAD_DAYS)));
    const headline = pool.headlines.length ? render(pick(random, pool.headlines), story) : render(pool.sentences[0]!, story).split(' ').slice(0, 10).join(' ');
    const dateline = ` date ${published} ${headline}`;

    const target = randInt(random, 1200, 3800);
    let size = encoder.encode(dateline).length + 1; // and the final newline
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    // A fresh partial shuffle of the sentence pool: no sentence twice in one article.
    for (let k = 0; k < order.length; k++) {
      const j = k + Math.floor(random() * (order.length - k));
      [order[k], order[j]] = [order[j]!, order[k]!];
      const sentence = render(pool.sentences[order[k]!]!, story);
      // A paragraph's first sentence follows a blank line, the others a space.
      const bytes = encoder.encode(sentence).length + (paragraph.length ? 1 : 2);
      if (size + bytes > (size < MIN_ARTICLE_BYTES ? MAX_ARTICLE_BYTES : target)) {
        if (size >= MIN_ARTICLE_BYTES) break;
        continue;
      }
      paragraph.push(sentence);
      size += bytes;
      if (paragraph.length >= randInt(random, 1, 3)) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    if (paragraph.length) paragraphs.push(paragraph.join(' '));
    const text = `${dateline}\n\n${paragraphs.join('\n\n')}\n`;
    articles.push({ path: `${String(i + 1).padStart(width, '0')}.txt`, bytes: encoder.encode(text), story: id, published });
  }
  return articles;
}
