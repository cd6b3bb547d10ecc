import type { Candidate, ResolveEnv, Resolution } from '../candidate';
import type { CalendarUnit, LanguageTable, PartOfDay } from '../languages/LanguageTable';
import { dayValue, precisionForUnit, shiftUnit, valueForUnit } from '../calendar';
import { WB_LEFT, WB_RIGHT, alternation, norm } from '../regexUtil';
import { anchorFor } from './findDurations';
import { toldJustBefore } from '../sentenceBounds';

const cache = new WeakMap<LanguageTable, RegExp>();
const END_OF_CLAUSE = /^\s*(?:[,.;:!?)"”]|$)/;

/**
 * Dates that point back into the story: "the next day", "the following week",
 * "the day before", "the year previous", "that day", "the same day", "the day".
 * They resolve against the last date the text mentioned (publication date if none).
 */
export function findAnaphora(text: string, lang: LanguageTable): Candidate[] {
  if (lang.nextWords.length === 0) return [];
  const re = regexFor(lang);
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
        if (/^(?:previous|earlier)$/i.test(g.after)) offset = -1;
        else {
          // "rebounded late in the day after falling": "after" starts a clause; the session day stays
          const dayEnd = m.index + m[0].length - g.after.length - (/\s+$/.exec(m[0].slice(0, m[0].length - g.after.length))?.[0].length ?? 0);
          if (unit === 'day' && !part && SESSION_FRAME.test(text.slice(Math.max(0, m.index - 12), m.index))) out.push(sessionDayCandidate(m.index, dayEnd));
          continue;
        }
      } else offset = /^(?:before|previous|earlier)$/i.test(g.after) ? -1 : 1;
    } else if (g.lastyear) {
      // "the same period last year": the story's month (or quarter) a year back
      const sameUnit: CalendarUnit = /quarter/i.test(unitWord) ? 'quarter' : unitWord === 'day' ? 'day' : unitWord === 'week' ? 'week' : 'month';
      out.push({
        start: m.index, end, type: 'DATE', rule: 'samePeriodLastYear', priority: 7,
        resolve: (env) => resolveAnaphor(env, sameUnit, 0, undefined, -1),
      });
      continue;
    } else if (!g.same && !g.whole) {
      // bare "the day": only when it is not "the day of/when/that ..."; "the year" only as "the end of the year"
      if (/^\s+(?:of|when|that|which|after|before|he|she|it|they)\b/i.test(text.slice(end, end + 8))) continue;
      // generic uses: "the day's trading", "at the end of the day", "the order of the day"
      if (unit === 'day' && (/^['’]s?\b/.test(text.slice(end, end + 3)) || GENERIC_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))) continue;
      if (unit !== 'day' && !PREFIXED.test(text.slice(Math.max(0, m.index - 24), m.index)) && !currentPeriodFrame(text, m.index, end)) continue;
    }
    if (g.after && offset === 0) continue;
    const thisPeriod = unit !== 'day' && !g.after && !g.dir && !g.same;
    end = m.index + m[0].length;
    // day-grain anaphora ("that night", "the next day", "the following week") need a day told just before
    const needsRecentDay = (unit === 'day' || unit === 'week' || unit === 'weekend') && !(thisPeriod && !g.whole);
    const start = m.index;
    // a trading-session frame ("to end the day", "for the day", "later in the day") is the story's current day
    const sessionWeek = unit === 'week' && thisPeriod && !g.whole && currentPeriodFrame(text, start, end);
    const sessionDay = unit === 'day' && !part && !g.dir && !g.same && !g.after && SESSION_FRAME.test(text.slice(Math.max(0, start - 12), start));
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
        return thisPeriod && !g.whole ? resolveCurrent(env, unit) : resolveAnaphor(env, unit, offset, part);
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

const SESSION_FRAME = /\b(?:end(?:ed|ing|s)?|close[ds]?|for|(?:later|earlier|early|late)\s+in|during|(?:start|beginning|end|close|rest|middle)\s+of)\s+$/i;
/** "at the end of the day" (an idiom), "the man of the day", "all the day": no date. */
const GENERIC_DAY_BEFORE = /(?:\bat\s+the\s+end\s+of|(?<!\b(?:start|beginning|end|close|rest|middle|course)\s)\bof|\ball)\s+$/i;

const PREFIXED = /(?:end|beginning|start|middle|rest|remainder|half|quarter|course)\s+of\s+$/i;
/** Market and earnings reports: "For the week, the index fell", "a high for the year", "the first nine months of the year". */
const PERIOD_FRAME = /(?:\bfor|\b(?:months|weeks|days)\s+of)\s+$/i;
/** "the year ended June 30" is a twelve-month stretch (the reporting-period rule), not this year. */
const PERIOD_NAMED_BY_END = /^\s+(?:ended|ending|to|through|before|after)\b/i;

/** "for the week", "the week's busiest session": the story's current week, month or year. */
function currentPeriodFrame(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 10);
  if (PERIOD_NAMED_BY_END.test(after)) return false;
  return PERIOD_FRAME.test(text.slice(Math.max(0, start - 16), start)) || /^['’]s\s/.test(after);
}

function resolveCurrent(env: ResolveEnv, unit: CalendarUnit): Resolution {
  return { value: valueForUnit(env.now, unit), precision: precisionForUnit(unit) };
}

function resolveAnaphor(env: ResolveEnv, unit: CalendarUnit, offset: number, part: PartOfDay | undefined, years = 0): Resolution {
  const date = shiftUnit(shiftUnit(anchorFor(unit, env), unit, offset), 'year', years);
  if (part) return { value: `${dayValue(date)}T${part}`, precision: 'day', type: 'TIME', date };
  return { value: valueForUnit(date, unit), precision: precisionForUnit(unit), date: unit === 'day' ? date : undefined };
}

function regexFor(lang: LanguageTable): RegExp {
  let re = cache.get(lang);
  if (re) return re;
  const dirs = alternation([...lang.nextWords, ...lang.previousWords]);
  const units = alternation([...Object.keys(lang.calendarUnits), ...Object.keys(lang.partsOfDay)]);
  const same = alternation(lang.sameWords.map((w) => (w === 'same' ? 'the same' : w)));
  const src =
    `(?:the\\s+same\\s+(?<unit5>period|month|quarter|week|day|time)\\s+(?<lastyear>(?:a|one)\\s+year\\s+(?:ago|earlier|before)|last\\s+year|of\\s+(?:the\\s+)?(?:last|previous|prior)\\s+year|the\\s+(?:previous|prior)\\s+year)` +
    `|(?:the|that)\\s+(?<dir>${dirs})\\s+(?<unit>${units})` +
    `|the\\s+(?<unit2>${units})\\s+(?<after>before|after|previous|earlier|later)` +
    `|(?<same>${same})\\s+(?<unit3>${units})` +
    `|the\\s+(?<whole>entire|whole|full)\\s+(?<unit6>week|month|year)` +
    `|the\\s+(?<unit4>day|week|month|year))`;
  re = new RegExp(WB_LEFT + src + WB_RIGHT, 'giu');
  cache.set(lang, re);
  return re;
}
