import { DateTime } from 'luxon';
import type { LanguageTable } from './languages/LanguageTable';
import { alternation, norm } from './regexUtil';

/** Regex pieces built once per language table. */
export interface LangPatterns {
  month: string;
  monthOrAbbr: string;
  weekday: string;
  weekdayPlural: string;
  modifier: string;
  number: string;
  durationUnit: string;
  calendarUnit: string;
  partOfDay: string;
}

/** Years we accept as calendar years (news rarely needs others). */
export const YEAR = '(?:1[0-9]{3}|20[0-9]{2})';
/** A day of the month, not the start of a longer number. */
export const DAY = '(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])';
/** Zone names after a clock time → ISO offset, or an IANA zone whose offset depends on the day ("ET" is EST or EDT). */
const ZONES: Record<string, string> = {
  utc: 'Z', gmt: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', pst: '-08:00', pdt: '-07:00',
  mst: '-07:00', mdt: '-06:00', et: 'America/New_York', ct: 'America/Chicago', mt: 'America/Denver', pt: 'America/Los_Angeles',
  'eastern time': 'America/New_York', 'central time': 'America/Chicago', 'mountain time': 'America/Denver', 'pacific time': 'America/Los_Angeles',
  bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', msk: '+03:00',
  'local time': '', 'kyiv time': '+03:00', 'moscow time': '+03:00', 'kiev time': '+03:00',
};

/** The rest of "a.m." or "pm" after its letter. */
export const MERIDIEM = '(?:\\.\\s?m\\b\\.?|\\s?m\\b)';

/** "19:50", "6:40 p.m.", its groups named after `prefix` (h, mi, ap), so one regex can hold two clock times. */
function clockPattern(prefix: string): string {
  return `(?<${prefix}h>[01]?[0-9]|2[0-3]):(?<${prefix}mi>[0-5][0-9])(?:\\s*(?<${prefix}ap>[ap])${MERIDIEM})?`;
}

/** Clock time "19:50", "6:40 p.m.", with an optional zone. */
export const CLOCK = `${clockPattern('')}(?:\\s*(?<zone>${zonePattern()}))?`;

/**
 * A clock time told before its date ("5 p.m. EST Nov. 9", "17:00 on 9 November"): the same
 * forms as CLOCK plus a bare hour with a.m./p.m., under other group names so one regex can hold both.
 */
export const LEADING_CLOCK = `(?:${clockPattern('l')}|(?<lh2>1[0-2]|0?[1-9])\\s*(?<lap2>[ap])${MERIDIEM})(?:\\s*(?<lzone>${zonePattern()}))?`;

/** A zone after a clock time: a name ("EST", "Moscow time", "ET") or an offset ("GMT +8"). */
export function zonePattern(): string {
  return '\\(?(?:GMT|UTC)\\s*[+-]\\s*[0-9]{1,2}(?::?[0-9]{2})?\\)?|' + alternation(Object.keys(ZONES)) + '(?![\\p{L}])';
}

/** ISO offset for a zone name or "GMT +8" at a local time (a zone like "ET" changes with the season); undefined if unknown. */
export function zoneOffset(zone: string | undefined, at: DateTime): string | undefined {
  if (!zone) return undefined;
  const z = norm(zone).replace(/[()]/g, '');
  const m = /^(?:gmt|utc)\s*([+-])\s*([0-9]{1,2})(?::?([0-9]{2}))?$/.exec(z);
  if (m) return `${m[1]}${(m[2] ?? '0').padStart(2, '0')}:${m[3] ?? '00'}`;
  const named = ZONES[z];
  if (!named?.includes('/')) return named;
  return DateTime.fromObject({ year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute }, { zone: named }).toFormat('ZZ');
}

const definiteCache = new WeakMap<LanguageTable, RegExp | null>();

/** The definite article (and its space) right before a position: "the" of "the previous Friday", "the next few days"; null for a table without one. */
export function definiteBefore(lang: LanguageTable): RegExp | null {
  if (definiteCache.has(lang)) return definiteCache.get(lang)!;
  const re = lang.definiteArticle ? new RegExp(`(?<![\\p{L}])(?:${lang.definiteArticle})\\s+$`, 'iu') : null;
  definiteCache.set(lang, re);
  return re;
}

/** 24-hour clock from "6", "40", "p". */
export function to24h(hour: number, ap: string | undefined): number {
  if (!ap) return hour;
  const pm = ap.toLowerCase() === 'p';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

const cache = new WeakMap<LanguageTable, LangPatterns>();

export function patternsFor(lang: LanguageTable): LangPatterns {
  let p = cache.get(lang);
  if (!p) {
    p = {
      month: alternation(Object.keys(lang.months)),
      monthOrAbbr: `(?:${alternation(Object.keys(lang.months))}|${alternation(Object.keys(lang.monthAbbreviations))}\\.?)`,
      weekday: alternation(Object.keys(lang.weekdays)),
      weekdayPlural: alternation(Object.keys(lang.weekdayPlurals)),
      modifier: alternation(Object.keys(lang.modifiers)),
      number: '(?:[0-9]+(?:\\.[0-9]+)?|' + alternation(numberWordForms(lang)) + ')',
      durationUnit: alternation(Object.keys(lang.durationUnits)),
      calendarUnit: alternation(Object.keys(lang.calendarUnits)),
      partOfDay: alternation(Object.keys(lang.partsOfDay)),
    };
    cache.set(lang, p);
  }
  return p;
}

/** Number words plus hyphenated tens ("twenty-eight"). */
function numberWordForms(lang: LanguageTable): string[] {
  const words = Object.keys(lang.numberWords);
  const units = words.filter((w) => { const v = lang.numberWords[w]; return v !== undefined && v >= 1 && v <= 9 && !/\s|^an?$/.test(w); });
  const tens = words.filter((w) => { const v = lang.numberWords[w]; return v !== undefined && v >= 20 && v <= 90 && v % 10 === 0; });
  // "twenty-four" and, as transcripts write it, "twenty four"
  const compounds = tens.flatMap((t) => units.flatMap((u) => [`${t}-${u}`, `${t} ${u}`]));
  return [...words, ...compounds];
}

/** Value of a number word or numeral; NaN for vague amounts ("several"); undefined if not a number. */
export function parseNumber(s: string, lang: LanguageTable): number | undefined {
  const w = norm(s);
  if (/^[0-9]+(?:\.[0-9]+)?$/.test(w)) return Number(w);
  if (w in lang.numberWords) return lang.numberWords[w];
  const parts = w.split(/[- ]/);
  if (parts.length === 2) {
    const a = lang.numberWords[parts[0] ?? ''];
    const b = lang.numberWords[parts[1] ?? ''];
    if (a !== undefined && b !== undefined) return a + b;
  }
  return undefined;
}

export function lookupMonth(lang: LanguageTable, s: string): number | undefined {
  const w = norm(s);
  return lang.months[w] ?? lang.monthAbbreviations[w];
}
