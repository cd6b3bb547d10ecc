import { splitLongSentence } from './splitLongSentence.ts';

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (block between blank lines) that holds the sentence. */
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Titles before a name, and "vs." between two ("Roe vs. Wade", "Arsenal v. Chelsea"): never the end of a sentence. */
const titleAbbreviation = /\b(?:Mr|Mrs|Ms|Dr|Gen|Maj|Col|Lt|Sgt|Gov|Sen|Rep|St|Jr|Sr|Prof|Capt|Cmdr|Adm|Rev|Hon|Supt|Insp|Brig|Cpl|Pvt|vs|v)\.$/u;
/** Initialisms ("U.S.", "U.N."): not the end of a sentence before a capital in news copy. */
const initialism = /\b(?:\p{Lu}\.){2,}$/u;
/** A middle initial after a given name: "Daniel P. Davison" goes on, unless a usual sentence opener follows. */
const middleInitial = /\b\p{Lu}\p{Ll}+\s+\p{Lu}\.$/u;
/** Company suffixes: "Apple Inc. Chief Steve…" goes on; "…sold by Acme Inc. The company said" ends. */
const companySuffix = /\b(?:Inc|Corp|Co|Ltd|Bros|Plc)\.$/u;
const sentenceStarter = /^(?:The|A|An|It|Its|He|She|They|We|I|This|That|These|Those|There|In|On|At|But|And|However|Meanwhile|Shares|Analysts)\b/u;
/** Abbreviations before a number: "Jan. 12", "No. 10", "p. 4", "Art. 5". */
const numberAbbreviation = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Nr|p|pp|Art|Vol|Fig|Ch|Sec|Para|Ref|ст|п|№)\.$/iu;
/**
 * A full stop, then a sentence that opens with a numeral, a quotation mark or
 * a parenthesis: ICU's rules keep "…on Monday. 12 people were killed…" as one
 * sentence, news copy starts sentences that way all the time.
 */
const boundaryBeforeNumeralOrQuote = /[.!?…]["”’»)]*\s+(?=[\p{N}"“‘«„([])/gu;
/**
 * Stamps that introduce the sentence after them rather than end one:
 * "(Update 1:33 a.m.)", "UPDATE:", "Updated 14:05 GMT", or "..." alone.
 */
const introducingStamp = /^(?:[^\p{L}\p{N}]+|\(?\s*(?:update[sd]?|updated|обновлено|оновлено)\b[^)\n]{0,40}\)?[:.–—-]?)$/iu;

/**
 * Sentences of a cleaned text with their offsets, never crossing a paragraph
 * break: headlines and subheads without a full stop stay sentences of their own.
 * The one definition of sentence splitting for every stage. A run-on
 * "sentence" past MAX_SENTENCE_LENGTH is cut into pieces, so that work per
 * sentence stays bounded.
 */
export function segmentSentences(text: string, language = 'en'): SentenceSpan[] {
  const segmenter = segmenterFor(language);
  const spans: SentenceSpan[] = [];
  const paragraphs = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let paragraph = 0;
  for (let block = paragraphs.exec(text); block; block = paragraphs.exec(text), paragraph++) {
    const pieces: { start: number; end: number }[] = [];
    for (const { segment, index } of segmenter.segment(block[0])) {
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (!body) continue;
      const start = block.index + index + lead;
      // A loop, not push(...): a segment may split into more pieces than a call takes arguments.
      for (const piece of splitBeforeNumerals(text, start, start + body.length)) pieces.push(piece);
    }
    for (const joined of joinPieces(text, pieces)) {
      for (const piece of splitLongSentence(text, joined.start, joined.end)) spans.push({ ...piece, paragraph });
    }
  }
  return spans;
}

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    let locale: string;
    try {
      // A language tag from outside may be no locale at all ("en_US", "123"): fall back rather than throw.
      locale = Intl.getCanonicalLocales(language)[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Cuts a segment where a new sentence opens with a numeral or a quotation mark, unless an abbreviation ends before it. */
function splitBeforeNumerals(text: string, start: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  const body = text.slice(start, end);
  let from = 0;
  boundaryBeforeNumeralOrQuote.lastIndex = 0;
  for (const match of body.matchAll(boundaryBeforeNumeralOrQuote)) {
    const cut = match.index + match[0].trimEnd().length;
    const before = body.slice(from, cut);
    if (numberAbbreviation.test(before) || titleAbbreviation.test(before) || /\b\p{L}\.$/u.test(before)) continue;
    pieces.push({ start: start + from, end: start + cut });
    from = match.index + match[0].length;
  }
  pieces.push({ start: start + from, end });
  return pieces;
}

/** Joins what ICU cut too early: after titles, initialisms and "Jan."-style abbreviations, and stamps that introduce the next sentence. */
function joinPieces(text: string, pieces: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let carry: { start: number; end: number } | undefined;
  for (const piece of pieces) {
    const body = text.slice(piece.start, piece.end);
    const previous = out[out.length - 1];
    if (carry) {
      out.push({ start: carry.start, end: piece.end });
      carry = undefined;
    } else if (previous && continuesAfter(text.slice(previous.start, previous.end), body)) {
      previous.end = piece.end;
    } else out.push({ ...piece });
    const last = out[out.length - 1]!;
    if (introducingStamp.test(text.slice(last.start, last.end).trim())) {
      out.pop();
      carry = last;
    }
  }
  if (carry) out.push(carry);
  return out;
}

function continuesAfter(previous: string, next: string): boolean {
  if (titleAbbreviation.test(previous) || initialism.test(previous)) return true;
  if (companySuffix.test(previous) || middleInitial.test(previous)) return /^\p{Lu}/u.test(next) && !sentenceStarter.test(next);
  return numberAbbreviation.test(previous) && /^[\p{N}\p{Ll}]/u.test(next);
}
