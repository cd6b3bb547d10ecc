import type { LanguageTable } from './languages/LanguageTable';
import type { Tense } from './candidate';
import { sentenceBounds } from './sentenceBounds';

const cueCache = new WeakMap<LanguageTable, { future: RegExp; past: RegExp; exactFuture: RegExp }>();

function cuesFor(lang: LanguageTable): { future: RegExp; past: RegExp; exactFuture: RegExp } {
  let c = cueCache.get(lang);
  if (!c) {
    c = { future: new RegExp(lang.futureCues, 'giu'), past: new RegExp(lang.pastCues, 'gu'), exactFuture: new RegExp(`^(?:${lang.futureCues})$`, 'iu') };
    cueCache.set(lang, c);
  }
  return c;
}

/**
 * Whether the clause around an expression talks about the future or the past,
 * so "will meet on 3 July" looks forward and "met on 3 July" looks back.
 * The cue nearest to the expression in its sentence wins; no cue → unknown.
 */
export function detectTense(text: string, start: number, end: number, lang: LanguageTable): Tense {
  const s = sentenceBounds(text, start);
  const sentence = text.slice(s.start, s.end);
  const { future, past, exactFuture } = cuesFor(lang);
  const nearest = (re: RegExp, isPast: boolean): number => {
    let best = Infinity;
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const a = s.start + m.index;
      const b = a + m[0].length;
      if (a >= start && b <= end) continue; // the expression's own words ("next week") are not cues
      if (isPast && !isPastCue(m[0], text.slice(Math.max(0, a - 20), a), exactFuture)) continue;
      // "had been due to expire Friday", "had planned to": a plan already past
      if (!isPast && /\bhad\s+(?:been\s+)?$/i.test(text.slice(Math.max(0, a - 12), a))) continue;
      const d = b <= start ? start - b : a >= end ? a - end : 0;
      if (d < best) best = d;
    }
    return best;
  };
  const f = nearest(future, false);
  const p = nearest(past, true);
  if (f === Infinity && p === Infinity) return 'unknown';
  return f < p ? 'future' : 'past';
}

/**
 * A participle after "will be", "to be", "has been" is not past tense ("will be finalized"),
 * nor is an adjective after a determiner ("the reduced dividend"),
 * and a word that is itself a future cue ("scheduled", "expected") counts as future.
 */
export function isPastCue(word: string, before: string, exactFuture: RegExp): boolean {
  if (exactFuture.test(word)) return false;
  if (/ed$/i.test(word) && /\b(?:will|to|be|being|would|should|could|may|might|must|'ll)\s+(?:\w+\s+)?$/i.test(before)) return false;
  // after a determiner an -ed word is an adjective ("the reduced dividend", "a still unspecified date")
  if (/ed$/i.test(word) && /\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+(?:still\s+|newly\s+|recently\s+)?$/i.test(before)) return false;
  return true;
}
