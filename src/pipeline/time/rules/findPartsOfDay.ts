import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { dayValue } from '../calendar';
import { patternsFor } from '../patterns';
import { norm } from '../regexUtil';
import { framedMatches } from './framedMatches';

/**
 * A part of the day told on its own: "heavy buying in the morning", "by mid-afternoon, police said",
 * "in morning trading". It is that part of the story's current day (else the publication date);
 * the leading preposition stays out of the span.
 */
export function findPartsOfDay(text: string, lang: LanguageTable): Candidate[] {
  const out: Candidate[] = [];
  for (const { start, end, groups } of framedMatches(text, lang.partOfDayFrame, () => patternsFor(lang).partOfDay)) {
    const part = lang.partsOfDay[norm(groups.body ?? '')];
    if (!part) continue;
    out.push({
      start, end, type: 'TIME', rule: 'partOfDay', priority: 3,
      resolve: (env) => {
        const date = env.anchors.day ?? env.now;
        return { value: `${dayValue(date)}T${part}`, precision: 'day', type: 'TIME', date };
      },
    });
  }
  return out;
}
