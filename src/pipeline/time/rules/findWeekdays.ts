import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { dayValue } from '../calendar';
import { definiteBefore, patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT, alternation, isCapitalized, norm } from '../regexUtil';
import { nearestWeekday, resolveWeekday } from '../resolveWeekday';

const cache = new WeakMap<LanguageTable, RegExp>();

/**
 * Weekday names: "Tuesday", "last Friday", "next Monday", "Friday morning", "that Sunday",
 * "во вторник". The preposition ("on", "во") stays outside the span. "that Sunday" is the
 * Sunday nearest the story's current date, "the previous Sunday" the one before it;
 * the others count from the publication date.
 */
export function findWeekdays(text: string, lang: LanguageTable): Candidate[] {
  const re = regexFor(lang);
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const name = g.wd ?? '';
    if (lang.capitalizedNames && !isCapitalized(name)) continue;
    const weekday = lang.weekdays[norm(name)];
    if (weekday === undefined) continue;
    // Abbreviations ("Sun", "Sat", "Wed") are too ambiguous on their own.
    if (name.length <= 4) continue;
    const modWord = g.mod ? norm(g.mod) : '';
    // "Black Monday", "Super Tuesday": the name of an event (a holiday's own rule dates "Good Friday")
    if (!modWord && !g.lead && namedDayBefore(text, m.index, lang)) continue;
    const anaphoric = modWord !== '' && lang.sameWords.includes(modWord);
    // "the previous Friday" counts back from the story's current date, as "the previous day" does,
    // and "the following Monday" on from it ("next Monday", a modifier too, counts from publication)
    const beforeAnchor = modWord !== '' && lang.previousWords.includes(modWord);
    const afterAnchor = modWord !== '' && lang.nextWords.includes(modWord) && !(modWord in lang.modifiers);
    const shift = anaphoric ? 0 : lang.modifiers[modWord] ?? 0;
    // "Friday morning", and the wire's "early morning Friday"
    const partWord = g.part ?? g.lead;
    const part = partWord ? lang.partsOfDay[norm(partWord)] : undefined;
    // "the previous Friday", "the following Monday": the article belongs to the anaphor, as in "the previous day"
    const article = beforeAnchor || afterAnchor ? (definiteBefore(lang)?.exec(text.slice(Math.max(0, m.index - ARTICLE_REACH), m.index))?.[0].length ?? 0) : 0;
    out.push({
      start: m.index - article, end: m.index + m[0].length, type: part ? 'TIME' : 'DATE', rule: 'weekday', priority: 6,
      explicitDay: true, acceptsPrefix: true,
      resolve: (env) => {
        const date = anaphoric && env.anchors.day
          ? nearestWeekday(weekday, env.anchors.day)
          : beforeAnchor && env.anchors.day
            ? resolveWeekday(weekday, env.anchors.day, 'past', -1)
            : afterAnchor
              ? resolveWeekday(weekday, env.anchors.day ?? env.now, 'future', 1)
              : resolveWeekday(weekday, env.now, env.tense(), shift);
        if (part) return { value: `${dayValue(date)}T${part}`, precision: 'day', type: 'TIME', date };
        return { value: dayValue(date), precision: 'day', date };
      },
    });
  }
  return out;
}

/** Characters before "previous Friday" searched for its article. */
const ARTICLE_REACH = 6;
/** Characters before a weekday searched for the word that makes it a named day. */
const NAMED_DAY_REACH = 12;

function namedDayBefore(text: string, start: number, lang: LanguageTable): boolean {
  if (lang.namedDayWords.length === 0) return false;
  const word = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - NAMED_DAY_REACH), start));
  return word !== null && lang.namedDayWords.includes(norm(word[1]!));
}

function regexFor(lang: LanguageTable): RegExp {
  let re = cache.get(lang);
  if (re) return re;
  const p = patternsFor(lang);
  const mods = [...new Set([...Object.keys(lang.modifiers), ...lang.sameWords, ...lang.nextWords])];
  const mod = mods.length ? `(?:(?<mod>${alternation(mods)})\\s+)?` : '';
  const hasParts = Object.keys(lang.partsOfDay).length > 0;
  const part = hasParts ? `(?:\\s+(?<part>${p.partOfDay}))?` : '';
  const lead = hasParts ? `(?:(?<lead>${p.partOfDay})\\s+)?` : '';
  re = new RegExp(`${WB_LEFT}${lead}${mod}(?<wd>${p.weekday})${part}${WB_RIGHT}`, 'giu');
  cache.set(lang, re);
  return re;
}
