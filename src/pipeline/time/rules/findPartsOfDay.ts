import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { dayValue } from '../calendar';
import { patternsFor } from '../patterns';
import { WB_LEFT, norm } from '../regexUtil';

const cache = new WeakMap<LanguageTable, RegExp | null>();

/**
 * A part of the day told on its own: "heavy buying in the morning", "by mid-afternoon, police said",
 * "in morning trading". It is that part of the story's current day (else the publication date);
 * the leading preposition stays out of the span.
 */
export function findPartsOfDay(text: string, lang: LanguageTable): Candidate[] {
  const re = regexFor(lang);
  if (!re) return [];
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const part = lang.partsOfDay[norm(g.part ?? '')];
    if (!part) continue;
    const start = m.index + m[0].length - (g.span ?? '').length - (g.part ?? '').length;
    out.push({
      start, end: m.index + m[0].length, type: 'TIME', rule: 'partOfDay', priority: 3,
      resolve: (env) => {
        const date = env.anchors.day ?? env.now;
        return { value: `${dayValue(date)}T${part}`, precision: 'day', type: 'TIME', date };
      },
    });
  }
  return out;
}

function regexFor(lang: LanguageTable): RegExp | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const f = lang.partOfDayFrame;
  const re = f ? new RegExp(`${WB_LEFT}${f.lead}(?<part>${patternsFor(lang).partOfDay})(?=${f.follow})`, 'giu') : null;
  cache.set(lang, re);
  return re;
}
