import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { WB_LEFT, WB_RIGHT, alternation, norm } from '../regexUtil';

/** The table's reference words, and what makes one the start of a counted span ("the past three summers"). */
interface ReferenceRegexes { words: RegExp; the: RegExp | null; count: RegExp }
const cache = new WeakMap<LanguageTable, ReferenceRegexes | null>();

function regexesFor(lang: LanguageTable): ReferenceRegexes | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const words = Object.keys(lang.referenceWords);
  let rx: ReferenceRegexes | null = null;
  if (words.length > 0) {
    rx = {
      words: new RegExp(`${WB_LEFT}${alternation(words)}${WB_RIGHT}`, 'giu'),
      the: lang.definiteArticle ? new RegExp(`^(?:${lang.definiteArticle})\\s`, 'iu') : null,
      count: new RegExp(`^\\s+(?:[0-9]+|${alternation(Object.keys(lang.numberWords))})(?![\\p{L}])`, 'iu'),
    };
  }
  cache.set(lang, rx);
  return rx;
}

/** "now", "currently" → PRESENT_REF; "recently", "in the past" → PAST_REF; "the future" → FUTURE_REF. */
export function findReferenceWords(text: string, lang: LanguageTable): Candidate[] {
  const rx = regexesFor(lang);
  if (!rx) return [];
  const re = rx.words;
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const key = norm(m[0]);
    const value = lang.referenceWords[key];
    if (!value) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // "the moment" only as "at the moment"; "now" in "now-defunct" or "just now" is fine either way
    // "now-cancelled", "soon-to-open": part of a compound adjective, not a time
    if (text.charAt(m.index + m[0].length) === '-' && !key.includes('term')) continue;
    // "as soon as", "soon after": a signal joining two events, not a time (TimeML)
    if (key.endsWith('soon') && (/\bas\s+$/i.test(before) || /^\s+(?:after|afterwards?|before|thereafter)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)))) continue;
    if (key === 'recent' && /\b(?:most|the)\s+$/i.test(before)) continue;
    if (key === 'the moment' && !/\bat\s+$/i.test(before)) continue;
    if (key === 'the present' && /^\s+(?:day|situation|case|government)/i.test(text.slice(m.index + m[0].length))) continue;
    // "the past" of "the past three summers" opens a counted span; it is no reference word there
    if (rx.the?.test(key) && rx.count.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'reference', priority: 3, resolve: () => ({ value, precision: null }) });
  }
  return out;
}
