import type { LanguageTable } from './languages/LanguageTable';
import type { Tense } from './candidate';
import { sentenceBounds } from './sentenceBounds';
import { optionalRegex } from './regexUtil';

interface Cues {
  future: RegExp; past: RegExp; exactFuture: RegExp; deadline: RegExp | null; pluperfect: RegExp | null; pluperfectBefore: RegExp | null;
  participleAfter: RegExp | null; adjectiveAfter: RegExp | null; notParticiples: Set<string>; opener: RegExp;
}
const cueCache = new WeakMap<LanguageTable, Cues>();

function cuesFor(lang: LanguageTable): Cues {
  let c = cueCache.get(lang);
  if (!c) {
    c = {
      future: new RegExp(lang.futureCues, 'giu'), past: new RegExp(lang.pastCues, 'gu'), exactFuture: new RegExp(`^(?:${lang.futureCues})$`, 'iu'),
      deadline: optionalRegex(lang.deadlineBefore),
      pluperfect: optionalRegex(lang.pluperfect),
      pluperfectBefore: optionalRegex(lang.pluperfect && `(?:${lang.pluperfect})\\s+$`),
      participleAfter: optionalRegex(lang.participles.after),
      adjectiveAfter: optionalRegex(lang.participles.adjectiveAfter),
      notParticiples: new Set(lang.participles.notParticiples),
      opener: new RegExp(`^\\s*(?:${lang.clauseOpeners})`, 'iu'),
    };
    cueCache.set(lang, c);
  }
  return c;
}

/**
 * A cue after the expression counts as this many times further: the verb a date belongs to
 * mostly comes before it ("will double its flights by August"), and a word after it often
 * starts the next clause ("talks due to end by May, invited them back").
 */
const LATER_CUE_WEIGHT = 2;
/** A cue further than this (in weighted characters, about ten words) belongs to another clause, not the date. */
const CUE_REACH = 60;
/** An unbroken clause may reach this far back (about twenty words) to the verb that governs its date. */
const FAR_CUE_REACH = 120;
/** What may come before a date that opens its sentence: nothing, or one word ("On", "Since"). */
const SENTENCE_OPENER = /^[\s\p{P}]*(?:\p{L}+\s+)?$/u;
/** Punctuation that opens another clause. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014"“”]|\s-\s/u;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'gu');
/** Characters before a date searched for its deadline word ("by the end of "). */
const DEADLINE_REACH = 24;
/** Characters either side of a deadline searched for a pluperfect "had" that makes it a past one ("Until Friday, police had not named him"). */
const PLUPERFECT_REACH = 40;

/**
 * Whether the clause around an expression talks about the future or the past,
 * so "will meet on 3 July" looks forward and "met on 3 July" looks back.
 * The cue nearest to the expression in its sentence wins; no cue → unknown.
 */
export function detectTense(text: string, start: number, end: number, lang: LanguageTable): Tense {
  const s = sentenceBounds(text, start);
  const sentence = text.slice(s.start, s.end);
  const { future, past, exactFuture, deadline, pluperfect, pluperfectBefore } = cuesFor(lang);
  // "On Tuesday, the league plans to…": a date opening its sentence belongs to the main verb after the subject
  const opensSentence = SENTENCE_OPENER.test(text.slice(s.start, start));
  // where the next clause opens after the date (a comma right after it only sets the date off); cues from there on belong to it
  const afterDate = text.slice(end, s.end);
  const setOff = /^\s*,/u.exec(afterDate)?.[0].length ?? 0;
  const nextClause = end + setOff + nextClauseOffset(afterDate.slice(setOff), opensSentence, cuesFor(lang).opener);
  const nearest = (re: RegExp, isPast: boolean): number => {
    let best = Infinity;
    let far = Infinity;
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const a = s.start + m.index;
      const b = a + m[0].length;
      if (a >= start && b <= end) continue; // the expression's own words ("next week") are not cues
      if (isPast && !isPastCue(m[0], text.slice(Math.max(0, a - 20), a), exactFuture, lang)) continue;
      // "had been due to expire Friday", "had planned to": a plan already past
      if (!isPast && pluperfectBefore?.test(text.slice(Math.max(0, a - 12), a))) continue;
      // a verb after the date past another clause's opening belongs to that clause ("On Tuesday, the grocer, who will retire")
      if (a >= nextClause) continue;
      const d = b <= start ? start - b : a >= end ? (a - end) * LATER_CUE_WEIGHT : 0;
      if (d < best && d <= CUE_REACH) best = d;
      // a verb further back still governs the date when no punctuation opens another clause between them
      // ("will be named commander of the shuttle for a mission in December")
      else if (b <= start && d < far && d <= FAR_CUE_REACH && !CLAUSE_BREAK.test(text.slice(b, start))) far = d;
      else if (opensSentence && a >= end && a - end < far && a - end <= FAR_CUE_REACH) far = a - end;
    }
    return best < Infinity ? best : far;
  };
  // "to pay down the loan by February": a deadline ahead, unless the clause looks back from it
  // ("had taken the city by May", "Until Friday, police had not named him")
  if (deadline?.test(text.slice(Math.max(0, start - DEADLINE_REACH), start))) {
    const around = text.slice(Math.max(s.start, start - PLUPERFECT_REACH), start) + ' ' + text.slice(end, Math.min(s.end, end + PLUPERFECT_REACH));
    return pluperfect?.test(around) ? 'past' : 'future';
  }
  const f = nearest(future, false);
  const p = nearest(past, true);
  if (f === Infinity && p === Infinity) return 'unknown';
  return f < p ? 'future' : 'past';
}

/**
 * Where the next clause opens in the text after a date (Infinity for none). After a date that opens
 * its sentence, a comma not followed by a clause opener only closes the fronted phrase
 * ("In January, a week after the vote, a bomb killed"), so the main verb after it is still the date's;
 * "On Tuesday, the grocer, who will retire" opens another clause at "who".
 */
function nextClauseOffset(after: string, opensSentence: boolean, opener: RegExp): number {
  CLAUSE_BREAKS.lastIndex = 0;
  for (const m of after.matchAll(CLAUSE_BREAKS)) {
    const to = m.index + m[0].length;
    if (opensSentence && m[0] === ',' && !opener.test(after.slice(to, to + 24))) continue;
    return to;
  }
  return Infinity;
}

/**
 * A participle after "will be", "to be", "has been" is not past tense ("will be finalized"),
 * nor is an adjective after a determiner ("the reduced dividend"),
 * and a word that is itself a future cue ("scheduled", "expected") counts as future.
 */
export function isPastCue(word: string, before: string, exactFuture: RegExp, lang: LanguageTable): boolean {
  if (exactFuture.test(word)) return false;
  const { participleAfter, adjectiveAfter, notParticiples } = cuesFor(lang);
  if (notParticiples.has(word.toLowerCase())) return true;
  // the word between may only be an auxiliary or adverb ("to be held"), not a name ("the envoy to Kyiv announced")
  if (participleAfter?.test(before)) return false;
  // after a determiner a participle is an adjective ("the reduced dividend", "a still unspecified date", "the lost jobs")
  if (adjectiveAfter?.test(before)) return false;
  return true;
}
