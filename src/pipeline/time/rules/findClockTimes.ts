import type { Candidate, ResolveEnv } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import type { DateTime } from 'luxon';
import { dayValue, pad } from '../calendar';
import { CLOCK, MERIDIEM, patternsFor, to24h, zonePattern } from '../patterns';
import { clockValue } from '../clockValue';
import { WB_LEFT, alternation, norm, optionalRegex } from '../regexUtil';
import { resolveWeekday } from '../resolveWeekday';

const cache = new WeakMap<LanguageTable, RegExp[]>();
/** Characters before a clock word searched for the word that makes it an idiom. */
const CLOCK_IDIOM_REACH = 12;
/** Zones trusted after a bare or dotted clock time: the same names as after "19:50". */
const ZONE_NAMES = zonePattern();

/**
 * Clock times on their own or followed by a day word: "19:50", "6:40 p.m. (GMT +8)",
 * "0800 UTC", "12:00 UTC Monday", "16:00 UTC today". The day is the one named after the
 * time, else the story's current day, else the publication date.
 */
export function findClockTimes(text: string, lang: LanguageTable): Candidate[] {
  const out: Candidate[] = [];
  const [main, stamps, words] = regexesFor(lang);
  const idiom = optionalRegex(lang.clockIdiomBefore);
  const lists = [text.matchAll(main!), text.matchAll(stamps!)];
  // clock words start with common letters: scan for them only when one is there
  if (words && clockWordHints(lang).some((h) => text.includes(h))) lists.push(text.matchAll(words));
  for (const m of lists.flatMap((it) => [...it])) {
    const g = m.groups ?? {};
    let hour: number;
    let minute: number;
    let zone: string | undefined;
    if (g.h && g.mi) {
      hour = to24h(Number(g.h), g.ap);
      minute = Number(g.mi);
      zone = g.zone;
      if (!g.ap && !g.zone && !g.day && /[0-9]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    } else if (g.h4 && g.mi4 && g.ap4) {
      hour = to24h(Number(g.h4), g.ap4);
      minute = Number(g.mi4);
      zone = g.z4;
    } else if (g.hh && g.mm2 && g.z2) {
      hour = Number(g.hh);
      minute = Number(g.mm2);
      zone = g.z2;
    } else if (g.sh && g.sm) {
      // live-blog stamp "1432: Police say…" at the start of a line
      const h = Number(g.sh);
      const mi = Number(g.sm);
      out.push(stampCandidate(m.index + (m[0].length - m[0].trimStart().length), h, mi));
      continue;
    } else if (g.nm) {
      // "High Noon", "high noon comes today": the idiom, not twelve o'clock
      if (idiom?.test(text.slice(Math.max(0, m.index - CLOCK_IDIOM_REACH), m.index))) continue;
      // TIMEX3 writes midnight as hour 24 of its day
      hour = lang.clockWords[norm(g.nm)] ?? 12;
      minute = 0;
    } else if (g.h5 && g.pd) {
      // "4 in the morning", "9 in the evening"
      const h = Number(g.h5);
      hour = lang.partsOfDay[norm(g.pd)] === 'MO' ? (h === 12 ? 0 : h) : h === 12 ? 12 : h + 12;
      minute = 0;
    } else if (g.h3 && g.ap3) {
      if (/[0-9][.:]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      hour = to24h(Number(g.h3), g.ap3);
      minute = 0;
      zone = g.z3;
    } else continue;
    if (hour > 24 || (hour === 24 && !g.nm)) continue;
    // "10 p.m. Wednesday", "noon Thursday": a day word right after the time (checked here, not in the big regex)
    let end = m.index + m[0].length;
    let dayWord = g.day;
    if (!dayWord) {
      const after = daySuffixFor(lang).exec(text.slice(end, end + 24));
      if (after) {
        dayWord = after[1];
        end += after[0].length;
      }
    }
    const dayKey = dayWord ? norm(dayWord) : undefined;
    out.push({
      start: m.index, end, type: 'TIME', rule: 'clock', priority: 7,
      resolve: (env) => {
        const date = dayFor(dayKey, env, lang);
        return { ...clockValue(date, hour, minute, zone), precision: 'minute', type: 'TIME', date };
      },
    });
  }
  return out;
}

/**
 * A line-opening "2001:" could be a year in a chronology; a stamp that cannot be a year near
 * the story (before YEAR_PLAUSIBLE_FROM or after next year) is a time, and so is one in a text
 * that has other such stamps which cannot be years.
 */
const YEAR_PLAUSIBLE_FROM = 1900; // earlier line-opening numbers in news are clock stamps, not chronology entries
function stampCandidate(start: number, hour: number, minute: number): Candidate {
  const digits = `${pad(hour)}${pad(minute)}`;
  return {
    start, end: start + 4, type: 'TIME', rule: 'clock', priority: 7,
    resolve: (env) => {
      const n = hour * 100 + minute;
      if (n >= YEAR_PLAUSIBLE_FROM && n <= env.published.year + 1) return { value: digits, precision: 'year', type: 'DATE' };
      const date = env.anchors.day ?? env.now;
      return { value: `${dayValue(date)}T${pad(hour)}:${pad(minute)}`, precision: 'minute', type: 'TIME', date };
    },
  };
}

function dayFor(dayWord: string | undefined, env: ResolveEnv, lang: LanguageTable): DateTime {
  if (dayWord) {
    const deictic = lang.deicticWords[dayWord];
    if (deictic && deictic.unit === 'day') return env.now.plus({ days: deictic.offset });
    const wd = lang.weekdays[dayWord];
    if (wd !== undefined) return resolveWeekday(wd, env.now, env.tense(), 0);
  }
  return env.anchors.day ?? env.now;
}

const suffixCache = new WeakMap<LanguageTable, RegExp>();
function daySuffixFor(lang: LanguageTable): RegExp {
  let re = suffixCache.get(lang);
  if (!re) {
    const dayWords = alternation(Object.keys(lang.deicticWords).filter((w) => !/\s/.test(w)));
    re = new RegExp(`^,?\\s+(?:on\\s+)?(${patternsFor(lang).weekday}|${dayWords})(?![\\p{L}])`, 'iu');
    suffixCache.set(lang, re);
  }
  return re;
}

const hintCache = new WeakMap<LanguageTable, string[]>();
/** Lower-case tails of the clock words ("oon" for Noon/noon): a cheap substring test. */
function clockWordHints(lang: LanguageTable): string[] {
  let h = hintCache.get(lang);
  if (!h) {
    h = Object.keys(lang.clockWords).map((w) => w.slice(1).toLowerCase());
    hintCache.set(lang, h);
  }
  return h;
}

/**
 * Three regexes, not one: the main one starts only at digits, which V8 scans for quickly;
 * clock words ("noon") and line-opening stamps would otherwise make every letter or space a start.
 */
function regexesFor(lang: LanguageTable): RegExp[] {
  let list = cache.get(lang);
  if (list) return list;
  const p = patternsFor(lang);
  const dayWords = alternation(Object.keys(lang.deicticWords).filter((w) => !/\s/.test(w)));
  const dayAlt = `${p.weekday}|${dayWords}`;
  const day = (name: string) => `(?:,?\\s+(?:on\\s+)?(?<${name}>${dayAlt})(?![\\p{L}]))?`;
  const main =
    `${WB_LEFT}(?:${CLOCK}${day('day')}` +
    `|(?<h4>1[0-2]|0?[1-9])\\.(?<mi4>[0-5][0-9])\\s*(?<ap4>[ap])(?:\\.\\s?m\\.|\\s?m\\b)(?:\\s*(?<z4>${ZONE_NAMES}))?` +
    `|(?<hh>[01][0-9]|2[0-3])(?<mm2>[0-5][0-9])\\s*(?<z2>${ZONE_NAMES})` +
    (lang.inThePart ? `|(?<h5>1[0-2]|[1-9])(?:\\s+o['’]clock)?\\s+${lang.inThePart}\\s+(?<pd>${p.partOfDay})` : '') +
    `|(?<h3>1[0-2]|0?[1-9])\\s*(?<ap3>[ap])${MERIDIEM}(?:\\s*(?<z3>${ZONE_NAMES}))?)`;
  list = [new RegExp(main, 'giu'), /^[ \t]*(?<sh>[01][0-9]|2[0-3])(?<sm>[0-5][0-9])(?=:\s|\s+[-–—]\s)/gmu];
  if (Object.keys(lang.clockWords).length) list.push(new RegExp(`${WB_LEFT}(?<nm>${alternation(Object.keys(lang.clockWords))})(?![\\p{L}])`, 'giu'));
  cache.set(lang, list);
  return list;
}
