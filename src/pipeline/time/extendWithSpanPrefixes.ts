import type { Candidate } from './candidate';
import type { LanguageTable } from './languages/LanguageTable';
import { alternation } from './regexUtil';

const cache = new WeakMap<LanguageTable, RegExp>();

/**
 * Pull modifiers that annotators keep inside the expression into the span:
 * "earlier this month", "mid-2011", "early June", "the end of this year".
 * The value stays that of the modified expression.
 */
export function extendWithSpanPrefixes(candidates: Candidate[], text: string, lang: LanguageTable): void {
  if (lang.spanPrefixes.length === 0) return;
  let re = cache.get(lang);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:${alternation(lang.spanPrefixes)})(?:\\s+|-)$`, 'iu');
    cache.set(lang, re);
  }
  for (const c of candidates) {
    if (!c.acceptsPrefix) continue;
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    const m = re.exec(before);
    if (m) c.start -= m[0].length;
  }
}
