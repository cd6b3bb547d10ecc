import type { DateTime } from 'luxon';
import type { Candidate, Tense } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { dayValue, makeDate } from '../calendar';
import { DAY } from '../patterns';
import { framedMatches } from './framedMatches';

/**
 * A day of the month told alone: "the plane landed on the 25th." It is that day of the month the story
 * last named, else of the publication month, or of the month before or after when the tense says the
 * day is past or still to come.
 */
export function findBareDays(text: string, lang: LanguageTable): Candidate[] {
  const out: Candidate[] = [];
  for (const { start, end, groups } of framedMatches(text, lang.bareDayFrame, () => `(?<d>${DAY})${lang.ordinalSuffix}`)) {
    const day = Number(groups.d);
    out.push({
      start, end, type: 'DATE', rule: 'bareDay', priority: 4, explicitDay: true,
      resolve: (env) => {
        const date = env.anchors.month ? makeDate(env.anchors.month.year, env.anchors.month.month, day) : nearMonthDay(day, env.now, env.tense());
        return date ? { value: dayValue(date), precision: 'day', date } : null;
      },
    });
  }
  return out;
}

/** That day in the month of `ref`, or in the month before (past, or no cue) or after (future) when it lies on the wrong side of `ref`. */
function nearMonthDay(day: number, ref: DateTime, tense: Tense): DateTime | null {
  const inMonth = makeDate(ref.year, ref.month, day);
  if (inMonth && tense === 'future' && inMonth < ref.startOf('day')) return nextMonthDay(ref, day);
  if (inMonth && tense !== 'future' && inMonth > ref) {
    const before = ref.startOf('month').minus({ months: 1 });
    return makeDate(before.year, before.month, day);
  }
  return inMonth ?? (tense === 'future' ? nextMonthDay(ref, day) : null);
}

function nextMonthDay(ref: DateTime, day: number): DateTime | null {
  const after = ref.startOf('month').plus({ months: 1 });
  return makeDate(after.year, after.month, day);
}
