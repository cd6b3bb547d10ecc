import type { Candidate } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { pad } from '../calendar';
import { durationValue } from '../durationValue';
import { DAY, parseNumber, patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT, alternation, isCapitalized, norm } from '../regexUtil';

const cache = new WeakMap<LanguageTable, RegExp>();

/**
 * Recurring times: "every Friday" → XXXX-WXX-5, "each July" → XXXX-07, "every summer" → XXXX-SU,
 * "every two weeks" → P2W, "on Fridays", "Tuesday nights" → XXXX-WXX-2TNI,
 * "weekly", "daily", "twice a year"; and adjectives that name a period ("annual" → P1Y).
 */
export function findSets(text: string, lang: LanguageTable): Candidate[] {
  if (lang.everyWords.length === 0 && Object.keys(lang.setWords).length === 0) return [];
  const re = regexFor(lang);
  re.lastIndex = 0;
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    let value: string | undefined;
    let type: 'SET' | 'DURATION' = 'SET';
    if (g.wd) {
      const wd = lang.weekdays[norm(g.wd)];
      if (wd !== undefined) value = `XXXX-WXX-${wd}`;
    } else if (g.mo) {
      // "each July", "every May 1": that month or day of every year (TIMEX3 XXXX-07), never one year's date
      const month = lang.months[norm(g.mo)];
      if (month !== undefined && (!lang.capitalizedNames || isCapitalized(g.mo))) value = `XXXX-${pad(month)}${g.md ? `-${pad(Number(g.md))}` : ''}`;
    } else if (g.se) {
      const season = lang.seasons[norm(g.se)];
      if (season !== undefined) value = `XXXX-${season}`;
    } else if (g.wdn && g.pdp) {
      // "on Tuesday nights": every Tuesday night; "Monday and Tuesday nights": every Monday night too
      const part = lang.partOfDayPlurals[norm(g.pdp)];
      const weekly = (name: string) => {
        const wd = lang.weekdays[norm(name)];
        return wd !== undefined && part && (!lang.capitalizedNames || isCapitalized(name)) ? `XXXX-WXX-${wd}T${part}` : undefined;
      };
      const last = g.wdn2 ?? g.wdn;
      value = weekly(last);
      const first = g.wdn2 ? weekly(g.wdn) : undefined;
      if (value && first) {
        const v = first;
        out.push({ start, end: start + g.wdn.length, type: 'SET', rule: 'set', priority: 7, resolve: () => ({ value: v, precision: null }) });
      }
      if (value && g.wdn2) {
        const v = value;
        out.push({ start: start + m[0].lastIndexOf(g.wdn2), end, type: 'SET', rule: 'set', priority: 7, resolve: () => ({ value: v, precision: null }) });
        continue;
      }
    } else if (g.wdp) {
      const wd = lang.weekdayPlurals[norm(g.wdp)];
      if (wd !== undefined) value = `XXXX-WXX-${wd}`;
    } else if (g.unit) {
      const unit = lang.durationUnits[norm(g.unit)];
      const n = g.n ? parseNumber(g.n, lang) : g.other ? 2 : 1;
      if (unit && n !== undefined) value = durationValue(n, unit);
    } else if (g.sw) {
      value = lang.setWords[norm(g.sw)];
    } else if (g.dw) {
      value = lang.durationWords[norm(g.dw)];
      type = 'DURATION';
      // "annual conference" recurs every year; "annual profit" covers one year
      if (/^\s+(?:[A-Z][\w-]*\s+)*(?:conference|meeting|summit|event|festival|parade|ceremony|show|convention|fair|gathering|forum|celebration|pilgrimage)\b/i.test(text.slice(end, end + 60))) type = 'SET';
    }
    if (!value) continue;
    const v = value;
    const spanStart = g.wdp ? end - (g.wdp?.length ?? 0) : start;
    out.push({ start: spanStart, end, type, rule: 'set', priority: 7, resolve: () => ({ value: v, precision: null }) });
  }
  return out;
}

function regexFor(lang: LanguageTable): RegExp {
  let re = cache.get(lang);
  if (re) return re;
  const p = patternsFor(lang);
  const every = alternation(lang.everyWords);
  const parts = [
    `(?:${every})\\s+(?:(?<wd>${p.weekday})|(?<mo>${p.month})(?:\\s+(?<md>${DAY}))?|(?<se>${alternation(Object.keys(lang.seasons))})|(?:(?<other>other)\\s+|(?<n>${p.number})\\s+)?(?<unit>${p.durationUnit}))`,
    `(?:on\\s+)(?<wdp>${p.weekdayPlural})`,
    `(?<wdn>${p.weekday})(?:\\s+(?:${lang.coordinators})\\s+(?<wdn2>${p.weekday}))?\\s+(?<pdp>${alternation(Object.keys(lang.partOfDayPlurals))})`,
    `(?<sw>${alternation(Object.keys(lang.setWords))})`,
    `(?<dw>${alternation(Object.keys(lang.durationWords))})`,
  ];
  re = new RegExp(`${WB_LEFT}(?:${parts.join('|')})${WB_RIGHT}`, 'giu');
  cache.set(lang, re);
  return re;
}
