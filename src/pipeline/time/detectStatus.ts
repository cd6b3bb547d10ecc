import type { LanguageTable } from './languages/LanguageTable';
import { getLanguageTable } from './languages';
import { isPastCue } from './detectTense';
import { sentenceBounds } from './sentenceBounds';
import { norm } from './regexUtil';

export type EventStatus = 'planned' | 'reported';

interface StatusCues {
  planned: RegExp;
  exactPlanned: RegExp;
  past: RegExp;
  /** Words that open a new clause: "announced on Monday | that it will hold talks on Friday". */
  clauseBreak: RegExp;
  /** The table's article, opening an anaphor that counts from a told day ("the next day"); null when it has none. */
  anaphoricLead: RegExp | null;
}

const cache = new WeakMap<LanguageTable, StatusCues>();

function cuesFor(lang: LanguageTable): StatusCues {
  let c = cache.get(lang);
  if (!c) {
    c = {
      planned: new RegExp(lang.plannedCues, 'giu'),
      exactPlanned: new RegExp(`^(?:${lang.plannedCues})$`, 'iu'),
      past: new RegExp(lang.pastCues, 'giu'),
      clauseBreak: new RegExp(lang.clauseOpeners, 'giu'),
      anaphoricLead: lang.definiteArticle ? new RegExp(`^(?:${lang.definiteArticle})\\s`, 'iu') : null,
    };
    cache.set(lang, c);
  }
  return c;
}

/**
 * Whether the happening a dated expression belongs to is planned (announced, scheduled or
 * expected for later: "talks will resume on Friday", "said it would vote on Friday",
 * "ahead of Sunday's vote", "next week's summit") or reported as having happened.
 * The expression's own words decide first ("next week", "tomorrow", "last week"); then the
 * nearest tense cue inside its clause, so in "announced on Monday that it will hold talks on
 * Friday" Monday is reported and Friday planned. A cue across a comma counts as farther (an aside: "who resigned on
 * Monday, is to be replaced"). No cue: reported.
 */
export function detectStatus(text: string, start: number, end: number, language = 'en'): EventStatus {
  const lang = getLanguageTable(language);
  const own = ownDirection(text.slice(start, end), lang);
  if (own) return own;
  const cues = cuesFor(lang);
  const s = sentenceBounds(text, start);
  const clause = clauseAround(text, s.start, Math.max(s.end, end), start, end, cues.clauseBreak);
  const found = nearestCues(text, clause.start, clause.end, start, end, cues, lang);
  if (found.planned < Infinity && found.planned <= found.past) return 'planned';
  if (found.past < Infinity) return 'reported';
  // nothing in the clause: the sentence's main verb decides ("The vote, on Friday, will be close")
  const wide = nearestCues(text, s.start, Math.max(s.end, end), start, end, cues, lang);
  return wide.planned < wide.past ? 'planned' : 'reported';
}

/** "next week", "tomorrow", "the coming days", "from now" point forward by themselves; "last week", "yesterday", "ago" back. */
function ownDirection(expr: string, lang: LanguageTable): EventStatus | null {
  const words = norm(expr).replace(/['’]s$/, '');
  const deictic = lang.deicticWords[words] ?? lang.relativePhrases[words];
  if (deictic) return deictic.offset > 0 ? 'planned' : deictic.offset < 0 ? 'reported' : null;
  const first = words.split(' ').find((w) => !lang.dateLeadWords.includes(w));
  // "the next day", "the following week" count from a day the story told, not from now: the clause decides.
  if (cuesFor(lang).anaphoricLead?.test(words)) return null;
  if (first !== undefined && first in lang.modifiers && lang.modifiers[first] !== 0) return lang.modifiers[first]! > 0 ? 'planned' : 'reported';
  if (lang.agoWords.some((w) => words.endsWith(` ${w}`))) return 'reported';
  if (lang.fromNowWords.some((w) => words.endsWith(` ${w}`))) return 'planned';
  return null;
}

/** The stretch between the clause openers nearest before and after the expression, within its sentence. */
function clauseAround(text: string, from: number, to: number, start: number, end: number, breaks: RegExp): { start: number; end: number } {
  let a = from;
  let b = to;
  breaks.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(breaks)) {
    const at = from + m.index;
    if (at + m[0].length <= start) a = at + m[0].length;
    else if (at >= end) {
      b = at;
      break;
    }
  }
  return { start: a, end: b };
}

/** Extra distance, in characters, for a cue with a comma between it and the expression: it likely governs another phrase. */
const COMMA_PENALTY = 40;

function nearestCues(text: string, from: number, to: number, start: number, end: number, cues: StatusCues, lang: LanguageTable): { planned: number; past: number } {
  const span = text.slice(from, to);
  const dist = (a: number, b: number) => {
    const gap = b <= start ? text.slice(b, start) : a >= end ? text.slice(end, a) : '';
    return gap.length + (gap.includes(',') ? COMMA_PENALTY : 0);
  };
  let planned = Infinity;
  cues.planned.lastIndex = 0;
  for (const m of span.matchAll(cues.planned)) {
    const a = from + m.index;
    const b = a + m[0].length;
    if (a >= start && b <= end) continue;
    planned = Math.min(planned, dist(a, b));
  }
  let past = Infinity;
  cues.past.lastIndex = 0;
  for (const m of span.matchAll(cues.past)) {
    const a = from + m.index;
    const b = a + m[0].length;
    if (a >= start && b <= end) continue;
    if (!isPastCue(m[0], text.slice(Math.max(0, a - 20), a), cues.exactPlanned, lang)) continue;
    past = Math.min(past, dist(a, b));
  }
  return { planned, past };
}
