import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { WB_LEFT, WB_RIGHT, alternation, norm } from '../regexUtil';

const cache = new WeakMap<LanguageTable, RegExp>();
const countCache = new WeakMap<LanguageTable, { the: RegExp | null; count: RegExp }>();

/** "the past" of "the past three summers" opens a counted span; it is no reference word there. */
function countAfterFor(lang: LanguageTable): { the: RegExp | null; count: RegExp } {
  let c = countCache.get(lang);
  if (!c) {
    c = {
      the: lang.definiteArticle ? new RegExp(`^(?:${lang.definiteArticle})\\s`, 'iu') : null,
      count: new RegExp(`^\\s+(?:[0-9]+|${alternation(Object.keys(lang.numberWords))})(?![\\p{L}])`, 'iu'),
    };
    countCache.set(lang, c);
  }
  return c;
}

/** "now", "currently" → PRESENT_REF; "recently", "in the past" → PAST_REF; "the future" → FUTURE_REF. */
export function findReferenceWords(text: string, lang: LanguageTable): Candidate[] {
  const words = Object.keys(lang.referenceWords);
  if (words.length === 0) return [];
  let re = cache.get(lang);
  if (!re) {
    re = new RegExp(`${WB_LEFT}${alternation(words)}${WB_RIGHT}`, 'giu');
    cache.set(lang, re);
  }
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
    const counted = countAfterFor(lang);
    if (counted.the?.test(key) && counted.count.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', rule: 'reference', priority: 3, resolve: () => ({ value, precision: null }) });
  }
  return out;
}
