import type { DateTime } from 'luxon';
import type { Candidate, Resolution } from './candidate';
import type { LanguageTable } from './languages/LanguageTable';
import { sentenceBounds } from './sentenceBounds';
import { isPastCue } from './detectTense';

/** How many paragraphs after a dated statement its quotes may still run. */
const STATEMENT_REACH = 3;
/** Characters looked at on each side of a deictic word for the one word beside it (longer than any speech verb). */
const SPEECH_VERB_WINDOW = 20;
/** Words a date may sit from the verb of saying and still date the saying ("said in a televised address on Tuesday"). */
const SPEECH_GAP_WORDS = 6;

/**
 * Reported speech: "The spokeswoman said this on Tuesday, March 5. ... 'The minister also met
 * them today'" — the speaker's "today" is the statement's day, not the publication day.
 * A day-date in a sentence with a verb of saying dates a statement; deictic words that
 * follow inside quotes, inside reported clauses, or in an embedded post (a paragraph
 * without final punctuation) within a few paragraphs resolve against that date.
 * Any other explicit day-date ends the statement.
 */
export class StatementDates {
  private readonly paragraphStarts: number[] = [0];
  private readonly quotes: Array<[number, number]>;
  private readonly speech: RegExp;
  private readonly speechWord: RegExp;
  private readonly speechAll: RegExp;
  private readonly past: RegExp;
  private readonly that: RegExp;
  private readonly exactFuture: RegExp;
  private statement: { date: DateTime; paragraph: number; sentenceEnd: number } | null = null;

  constructor(private readonly text: string, private readonly lang: LanguageTable, private readonly published: DateTime) {
    // paragraphs are non-empty lines; blank lines between them do not count
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (text.slice(i + 1, text.indexOf('\n', i + 1) >>> 0).trim() !== '') this.paragraphStarts.push(i + 1);
    }
    this.quotes = findQuotes(text);
    this.speech = new RegExp(lang.speechVerbs, 'iu');
    this.speechWord = new RegExp(`^(?:${lang.speechVerbs})$`, 'iu');
    this.speechAll = new RegExp(lang.speechVerbs, 'giu');
    this.past = new RegExp(lang.pastCues, 'giu');
    this.exactFuture = new RegExp(`^(?:${lang.futureCues})$`, 'iu');
    this.that = new RegExp(`(?<![\\p{L}])(?:${lang.complementizers})(?![\\p{L}])`, 'iu');
  }

  /** "Now" for a deictic candidate at this position. */
  nowFor(c: Candidate): DateTime {
    const s = this.statement;
    if (!s || !c.deictic || c.start <= s.sentenceEnd) return this.published;
    const paragraph = this.paragraphOf(c.start);
    if (paragraph - s.paragraph > STATEMENT_REACH) return this.published;
    // "the ministry said today", "told a briefing today": the word dates a new statement, the narrator's own
    if (!this.inQuote(c.start) && this.besideSpeechVerb(c)) return this.published;
    if (this.inQuote(c.start) || this.speechVerbBefore(c.start) || this.isEmbeddedPost(paragraph)) return s.date;
    return this.published;
  }

  /** Record a resolved expression: it may open or close a dated statement. */
  observe(c: Candidate, r: Resolution): void {
    if (!c.explicitDay || !r.date || (r.precision !== 'day' && r.precision !== 'minute')) return;
    if (r.date < this.published && !this.inQuote(c.start) && this.datesSpeech(c)) {
      this.statement = { date: r.date, paragraph: this.paragraphOf(c.start), sentenceEnd: sentenceBounds(this.text, c.start).end };
    } else if (!this.inQuote(c.start)) {
      this.statement = null;
    }
  }

  private paragraphOf(pos: number): number {
    let lo = 0;
    let hi = this.paragraphStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.paragraphStarts[mid] ?? 0) <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** Quotes are disjoint and in text order: the one that could hold pos is found by bisection, not by a scan per date. */
  private inQuote(pos: number): boolean {
    let lo = 0;
    let hi = this.quotes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.quotes[mid]![0] < pos) lo = mid; else hi = mid - 1;
    }
    const quote = this.quotes[lo];
    return quote !== undefined && pos > quote[0] && pos < quote[1];
  }

  /** A speech verb right before or after the span, with only spaces between. */
  private besideSpeechVerb(c: Candidate): boolean {
    const before = /(\p{L}+)\s+$/u.exec(this.text.slice(Math.max(0, c.start - SPEECH_VERB_WINDOW), c.start));
    const after = /^\s+(\p{L}+)/u.exec(this.text.slice(c.end, c.end + SPEECH_VERB_WINDOW));
    return (before !== null && this.speechWord.test(before[1]!)) || (after !== null && this.speechWord.test(after[1]!));
  }

  /**
   * The date is the day of the saying, not of what was said: the speech verb is next to it
   * with no other verb or "that" between ("said on Tuesday", "on Tuesday, the spokeswoman said"),
   * unlike "said the envoy met them on Tuesday".
   */
  private datesSpeech(c: Candidate): boolean {
    const s = sentenceBounds(this.text, c.start);
    const sentence = this.text.slice(s.start, s.end);
    this.speechAll.lastIndex = 0;
    for (const v of sentence.matchAll(this.speechAll)) {
      const a = s.start + v.index;
      const b = a + v[0].length;
      const gap = b <= c.start ? this.text.slice(b, c.start) : a >= c.end ? this.text.slice(c.end, a) : '';
      if (gap.split(/\s+/).filter(Boolean).length > SPEECH_GAP_WORDS) continue;
      if (this.that.test(gap) || this.hasPastVerb(gap)) continue;
      return true;
    }
    return false;
  }

  /** A past verb of its own in the words between ("left"), not an adjective ("a televised address"). */
  private hasPastVerb(gap: string): boolean {
    this.past.lastIndex = 0;
    for (const m of gap.matchAll(this.past)) if (isPastCue(m[0], gap.slice(0, m.index), this.exactFuture, this.lang)) return true;
    return false;
  }

  /** A verb of saying earlier in the sentence: what follows it is reported ("Bush today denounced …, and said" is not). */
  private speechVerbBefore(pos: number): boolean {
    const s = sentenceBounds(this.text, pos);
    return this.speech.test(this.text.slice(s.start, pos));
  }

  /** Embedded posts and quote blocks in scraped news end without sentence punctuation. */
  private isEmbeddedPost(paragraph: number): boolean {
    const start = this.paragraphStarts[paragraph] ?? 0;
    const next = this.paragraphStarts[paragraph + 1];
    const body = this.text.slice(start, next ?? this.text.length).trim();
    return body.split(/\s+/).length > 8 && !/[.!?"”'’)\]]$/.test(body);
  }
}

/** Ranges inside “curly” or "straight" quotes, paired within a paragraph. */
function findQuotes(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let openChar = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') { open = -1; continue; }
    if (open < 0 && (c === '“' || c === '"' || c === '«')) { open = i; openChar = c; continue; }
    if (open >= 0 && ((openChar === '“' && c === '”') || (openChar === '"' && c === '"') || (openChar === '«' && c === '»'))) {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}
