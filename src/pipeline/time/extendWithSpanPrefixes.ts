import type { Candidate } from './candidate';
import type { LanguageTable } from './languages/LanguageTable';
import { alternation } from './regexUtil';
import { weekValue } from './calendar';

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

/** "the week of 3 June", "the week ending 7 June", "the week beginning Monday": the ISO week holding that day. */
const frameCache = new WeakMap<LanguageTable, RegExp>();

export function extendWithWeekFrames(candidates: Candidate[], text: string, lang: LanguageTable): void {
  if (!lang.weekFrame) return;
  let WEEK_FRAME = frameCache.get(lang);
  if (!WEEK_FRAME) {
    WEEK_FRAME = new RegExp(`(?<![\\p{L}])(?:${lang.weekFrame})\\s+$`, 'iu');
    frameCache.set(lang, WEEK_FRAME);
  }
  for (const c of candidates) {
    if (!c.explicitDay) continue;
    const m = WEEK_FRAME.exec(text.slice(Math.max(0, c.start - 32), c.start));
    if (!m) continue;
    const inner = c.resolve;
    c.start -= m[0].length;
    c.explicitDay = false;
    c.resolve = (env) => {
      const r = inner(env);
      if (!r?.date || (r.precision !== 'day' && r.precision !== 'minute')) return r;
      return { value: weekValue(r.date), precision: 'week', type: 'DATE' };
    };
  }
}
