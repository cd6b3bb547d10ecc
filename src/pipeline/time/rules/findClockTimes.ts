import type { Candidate, ResolveEnv } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import type { DateTime } from 'luxon';
import { dayValue, pad } from '../calendar';
import { CLOCK, patternsFor, to24h, zoneOffset } from '../patterns';
import { WB_LEFT, alternation, norm } from '../regexUtil';
import { resolveWeekday } from '../resolveWeekday';

const cache = new WeakMap<LanguageTable, RegExp>();

/**
 * Clock times on their own or followed by a day word: "19:50", "6:40 p.m. (GMT +8)",
 * "0800 UTC", "12:00 UTC Monday", "16:00 UTC today". The day is the one named after the
 * time, else the story's current day, else the publication date.
 */
export function findClockTimes(text: string, lang: LanguageTable): Candidate[] {
  const re = regexFor(lang);
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    let hour: number;
    let minute: number;
    let zone: string | undefined;
    if (g.h && g.mi) {
      hour = to24h(Number(g.h), g.ap);
      minute = Number(g.mi);
      zone = zoneOffset(g.zone);
      if (!g.ap && !g.zone && !g.day && /[0-9]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    } else if (g.hh && g.mm2 && g.z2) {
      hour = Number(g.hh);
      minute = Number(g.mm2);
      zone = zoneOffset(g.z2);
    } else if (g.h3 && g.ap3) {
      hour = to24h(Number(g.h3), g.ap3);
      minute = 0;
      zone = zoneOffset(g.z3);
    } else continue;
    if (hour > 23) continue;
    const dayWord = g.day ? norm(g.day) : undefined;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'TIME', rule: 'clock', priority: 7,
      resolve: (env) => {
        const date = dayFor(dayWord, env, lang);
        return { value: `${dayValue(date)}T${pad(hour)}:${pad(minute)}${zone ?? ''}`, precision: 'minute', type: 'TIME', date };
      },
    });
  }
  return out;
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

function regexFor(lang: LanguageTable): RegExp {
  let re = cache.get(lang);
  if (re) return re;
  const p = patternsFor(lang);
  const dayWords = alternation(Object.keys(lang.deicticWords).filter((w) => !/\s/.test(w)));
  const day = `(?:\\s+(?:on\\s+)?(?<day>${p.weekday}|${dayWords})(?![\\p{L}]))?`;
  const src =
    `${WB_LEFT}(?:${CLOCK}${day}` +
    `|(?<hh>[01][0-9]|2[0-3])(?<mm2>[0-5][0-9])\\s*(?<z2>UTC|GMT|Z)(?![\\p{L}])` +
    `|(?<h3>1[0-2]|0?[1-9])\\s*(?<ap3>[ap])\\.?\\s?m\\b\\.?(?:\\s*(?<z3>UTC|GMT|EST|EDT|PST|PDT|CET|CEST|MSK|BST))?)`;
  re = new RegExp(src, 'giu');
  cache.set(lang, re);
  return re;
}
