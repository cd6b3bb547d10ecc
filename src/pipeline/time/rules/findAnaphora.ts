import type { Candidate, ResolveEnv, Resolution } from '../candidate';
import type { CalendarUnit, LanguageTable, PartOfDay } from '../languages/LanguageTable';
import { dayValue, precisionForUnit, shiftUnit, valueForUnit } from '../calendar';
import { WB_LEFT, WB_RIGHT, alternation, norm } from '../regexUtil';
import { anchorFor } from './findDurations';
import { toldJustBefore } from '../sentenceBounds';

const END_OF_CLAUSE = /^\s*(?:[,.;:!?)"”]|$)/;

/** The table's anaphora sources, compiled once per table. */
interface AnaphoraRegexes {
  all: RegExp; backAdverb: RegExp; back: RegExp; notDateAfter: RegExp; possessive: RegExp; genericDayBefore: RegExp;
  sessionFrame: RegExp; periodPrefix: RegExp; periodFrame: RegExp; periodNamedByEnd: RegExp;
}
const cache = new WeakMap<LanguageTable, AnaphoraRegexes | null>();

/**
 * Dates that point back into the story: "the next day", "the following week",
 * "the day before", "the year previous", "that day", "the same day", "the day".
 * They resolve against the last date the text mentioned (publication date if none).
 */
export function findAnaphora(text: string, lang: LanguageTable): Candidate[] {
  const rx = regexesFor(lang);
  if (!rx) return [];
  const re = rx.all;
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const unitWord = norm(g.unit ?? g.unit2 ?? g.unit3 ?? g.unit4 ?? g.unit5 ?? g.unit6 ?? '');
    const part: PartOfDay | undefined = lang.partsOfDay[unitWord];
    const unit: CalendarUnit | undefined = part ? 'day' : g.lastyear ? 'month' : lang.calendarUnits[unitWord];
    if (!unit) continue;
    let offset = 0;
    let end = m.index + m[0].length;
    const dir = norm(g.dir ?? '');
    if (lang.nextWords.includes(dir)) offset = 1;
    else if (lang.previousWords.includes(dir)) offset = -1;
    else if (g.after) {
      // "the day before" only counts when nothing follows: "the day before the vote" needs the vote's date
      if (!END_OF_CLAUSE.test(text.slice(end, end + 3))) {
        if (rx.backAdverb.test(g.after)) offset = -1;
        else {
          // "rebounded late in the day after falling": "after" starts a clause; the session day stays
          const dayEnd = m.index + m[0].length - g.after.length - (/\s+$/.exec(m[0].slice(0, m[0].length - g.after.length))?.[0].length ?? 0);
          if (unit === 'day' && !part && rx.sessionFrame.test(text.slice(Math.max(0, m.index - 12), m.index))) out.push(sessionDayCandidate(m.index, dayEnd));
          continue;
        }
      } else offset = rx.back.test(g.after) ? -1 : 1;
    } else if (g.lastyear) {
      // "the same period last year": the story's month (or quarter) a year back
      const named = lang.calendarUnits[unitWord];
      const sameUnit: CalendarUnit = named === 'quarter' || named === 'day' || named === 'week' ? named : 'month';
      out.push({
        start: m.index, end, type: 'DATE', rule: 'samePeriodLastYear', priority: 7,
        resolve: (env) => resolveAnaphor(env, sameUnit, 0, undefined, -1),
      });
      continue;
    } else if (!g.same && !g.whole) {
      // bare "the day": only when it is not "the day of/when/that ..."; "the year" only as "the end of the year"
      if (rx.notDateAfter.test(text.slice(end, end + 8))) continue;
      // generic uses: "the day's trading", "at the end of the day", "the order of the day"
      if (unit === 'day' && (rx.possessive.test(text.slice(end, end + 3)) || rx.genericDayBefore.test(text.slice(Math.max(0, m.index - 20), m.index)))) continue;
      if (unit !== 'day' && !rx.periodPrefix.test(text.slice(Math.max(0, m.index - 24), m.index)) && !currentPeriodFrame(text, m.index, end, rx)) continue;
    }
    if (g.after && offset === 0) continue;
    const thisPeriod = unit !== 'day' && !g.after && !g.dir && !g.same;
    end = m.index + m[0].length;
    // day-grain anaphora ("that night", "the next day", "the following week") need a day told just before
    const needsRecentDay = (unit === 'day' || unit === 'week' || unit === 'weekend') && !(thisPeriod && !g.whole);
    const start = m.index;
    // a trading-session frame ("to end the day", "for the day", "later in the day") is the story's current day
    const sessionWeek = unit === 'week' && thisPeriod && !g.whole && currentPeriodFrame(text, start, end, rx);
    const sessionDay = unit === 'day' && !part && !g.dir && !g.same && !g.after && rx.sessionFrame.test(text.slice(Math.max(0, start - 12), start));
    out.push({
      start, end, type: part ? 'TIME' : 'DATE', rule: 'anaphora', priority: 6, acceptsPrefix: true,
      // "the end of the year", "the entire year" mean the current one, not the last one mentioned
      resolve: (env) => {
        if (needsRecentDay && !toldJustBefore(text, start, env.anchors.dayEnd)) {
          if (!sessionDay) return null;
          // the story's current day, however long ago it was named; else the publication day
          const day = env.anchors.day ?? env.now;
          return { value: dayValue(day), precision: 'day', date: day };
        }
        // "For the week, the index fell 2%" after "on Friday": the week of the story's trading day
        if (sessionWeek && env.anchors.day) return { value: valueForUnit(env.anchors.day, 'week'), precision: precisionForUnit('week') };
        // a year still to come is mostly a target ("by 2030 it aims to"): "the full year" after it is still the current one
        const target = g.whole && anchorFor(unit, env) > env.now;
        return thisPeriod && (!g.whole || target) ? resolveCurrent(env, unit) : resolveAnaphor(env, unit, offset, part);
      },
    });
  }
  return out;
}

/** The story's current day, however long ago it was named; else the publication day. */
function sessionDayCandidate(start: number, end: number): Candidate {
  return {
    start, end, type: 'DATE', rule: 'anaphora', priority: 6, acceptsPrefix: true,
    resolve: (env) => {
      const day = env.anchors.day ?? env.now;
      return { value: dayValue(day), precision: 'day', date: day };
    },
  };
}

/** "for the week", "the week's busiest session": the story's current week, month or year; "the year ended June 30" is not. */
function currentPeriodFrame(text: string, start: number, end: number, rx: AnaphoraRegexes): boolean {
  const after = text.slice(end, end + 10);
  if (rx.periodNamedByEnd.test(after)) return false;
  return rx.periodFrame.test(text.slice(Math.max(0, start - 16), start)) || rx.possessive.test(after);
}

function resolveCurrent(env: ResolveEnv, unit: CalendarUnit): Resolution {
  return { value: valueForUnit(env.now, unit), precision: precisionForUnit(unit) };
}

function resolveAnaphor(env: ResolveEnv, unit: CalendarUnit, offset: number, part: PartOfDay | undefined, years = 0): Resolution {
  const date = shiftUnit(shiftUnit(anchorFor(unit, env), unit, offset), 'year', years);
  if (part) return { value: `${dayValue(date)}T${part}`, precision: 'day', type: 'TIME', date };
  return { value: valueForUnit(date, unit), precision: precisionForUnit(unit), date: unit === 'day' ? date : undefined };
}

function regexesFor(lang: LanguageTable): AnaphoraRegexes | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const a = lang.anaphora;
  let rx: AnaphoraRegexes | null = null;
  if (a) {
    const dirs = alternation([...lang.nextWords, ...lang.previousWords]);
    const units = alternation([...Object.keys(lang.calendarUnits), ...Object.keys(lang.partsOfDay)]);
    const after = alternation([...a.after.back, ...a.after.forward]);
    const src =
      `(?:${a.samePeriod}\\s+(?<lastyear>${a.lastYear})` +
      `|(?:${a.determiner})\\s+(?<dir>${dirs})\\s+(?<unit>${units})` +
      `|(?:${lang.definiteArticle})\\s+(?<unit2>${units})\\s+(?<after>${after})` +
      `|(?<same>${a.same})\\s+(?<unit3>${units})` +
      `|(?:${lang.definiteArticle})\\s+(?<whole>${a.whole})\\s+(?<unit6>${a.wholeUnits})` +
      `|(?:${lang.definiteArticle})\\s+(?<unit4>${a.bareUnits}))`;
    rx = {
      all: new RegExp(WB_LEFT + src + WB_RIGHT, 'giu'),
      backAdverb: new RegExp(`^(?:${alternation(a.after.backAdverbs)})$`, 'iu'),
      back: new RegExp(`^(?:${alternation(a.after.back)})$`, 'iu'),
      notDateAfter: new RegExp(`^(?:${a.notDateAfter})`, 'iu'),
      possessive: new RegExp(`^${a.possessive}`, 'u'),
      genericDayBefore: new RegExp(a.genericDayBefore, 'iu'),
      sessionFrame: new RegExp(a.sessionFrame, 'iu'),
      periodPrefix: new RegExp(a.periodPrefix, 'iu'),
      periodFrame: new RegExp(a.periodFrame, 'iu'),
      periodNamedByEnd: new RegExp(a.periodNamedByEnd, 'iu'),
    };
  }
  cache.set(lang, rx);
  return rx;
}
