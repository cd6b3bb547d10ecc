import { DateTime } from 'luxon';
import { NEAR_FUTURE_DAYS } from '../resolveMonthDay';
import type { Candidate, ResolveEnv, Tense } from '../candidate';
import type { LanguageTable } from '../languages/LanguageTable';
import { pad, quarterOf } from '../calendar';
import { YEAR, patternsFor } from '../patterns';
import { WB_LEFT, WB_RIGHT, alternation, norm } from '../regexUtil';

type Part = { kind: 'Q' | 'H'; n: number } | { kind: 'S'; code: 'SP' | 'SU' | 'FA' | 'WI' };
/** "this winter" up to March is the one that began last December (winter runs to the March equinox). */
const WINTER_LAST_MONTH = 3;
const SEASON_START: Record<'SP' | 'SU' | 'FA' | 'WI', number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const cache = new WeakMap<LanguageTable, PartOfYearRegexes | null>();

/**
 * Quarters, halves and seasons: "the first quarter of 2009" → 2009-Q1, "third-quarter",
 * "Q3 2024", "the second half of the year" → H2, "last summer" → 2023-SU, "in spring 2009".
 * Without a year, the latest one that has begun (or the next, in a future clause).
 */
export function findPartsOfYear(text: string, lang: LanguageTable): Candidate[] {
  const rx = regexesFor(lang);
  if (!rx) return [];
  const { ordRe, qRe, seasonRe } = rx;
  const out: Candidate[] = [];
  for (const m of text.matchAll(ordRe)) {
    const g = m.groups ?? {};
    const ordinal = lang.ordinals[norm(g.ord ?? '')];
    if (ordinal === undefined) continue;
    const kind = lang.quarterWords.includes(norm(g.unit ?? '')) ? 'Q' : 'H';
    if (kind === 'H' && Math.abs(ordinal) > 2) continue;
    const n = ordinal < 0 ? (kind === 'Q' ? 4 : 2) : ordinal;
    // "the first half of March" is part of a month, not of the year: the month's own rule dates it
    if (!g.y && !g.yy && !g.ymod && !g.theyear && rx.ofMonth.test(text.slice(m.index + m[0].length, m.index + m[0].length + OF_MONTH_REACH))) continue;
    // "next year's first quarter": the possessive year is found behind the match (a regex starting there would be slow)
    const poss = g.yb ? null : possessiveYear(lang).exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (poss?.[1] !== undefined) g.ymodp = poss[1];
    const yearSpec = yearSpecFrom(g, lang);
    // "the last quarter" with no year means the one before the current quarter
    const previousOne = ordinal < 0 && !yearSpec;
    out.push(partCandidate(m.index - (poss?.[0].length ?? 0), m.index + m[0].length, { kind, n }, yearSpec, previousOne, g.ago ? -1 : 0));
  }
  for (const m of text.matchAll(qRe)) {
    const g = m.groups ?? {};
    const kind = (g.k ?? 'Q').toUpperCase() as 'Q' | 'H';
    const n = Number(g.n);
    if (kind === 'H' && n > 2) continue;
    out.push(partCandidate(m.index, m.index + m[0].length, { kind, n }, g.y ? { year: Number(g.y) } : undefined, false));
  }
  for (const m of text.matchAll(seasonRe)) {
    const g = m.groups ?? {};
    const word = norm(g.s ?? '');
    const code = lang.seasons[word];
    if (!code) continue;
    const yearSpec = yearSpecFrom(g, lang);
    const mod = g.mod ? lang.modifiers[norm(g.mod)] : undefined;
    if (lang.ambiguousSeasons.includes(word) && mod === undefined && !yearSpec && !rx.seasonLead.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (rx.seasonNounAfter.test(text.slice(m.index + m[0].length)) && !yearSpec) continue; // "the fall of Kabul"
    out.push(partCandidate(m.index, m.index + m[0].length, { kind: 'S', code }, yearSpec ?? (mod !== undefined ? { offset: mod, relativeToSeason: true } : undefined), false));
  }
  return out;
}

interface YearSpec {
  year?: number;
  offset?: number;
  relativeToSeason?: boolean;
}

function yearSpecFrom(g: Record<string, string | undefined>, lang: LanguageTable): YearSpec | undefined {
  const y = g.y ?? g.yy ?? g.yb ?? g.y3;
  if (y) return { year: Number(y) };
  const ymod = g.ymod ?? g.ymodp;
  if (ymod) return { offset: lang.modifiers[norm(ymod)] ?? 0 };
  if (g.theyear) return { offset: 0 };
  return undefined;
}

function partCandidate(start: number, end: number, part: Part, spec: YearSpec | undefined, previousOne: boolean, yearShift = 0): Candidate {
  return {
    start, end, type: 'DATE', rule: yearShift ? 'yearAgoPart' : 'partOfYear', priority: 7, acceptsPrefix: true,
    resolve: (env) => {
      const year = yearFor(part, spec, previousOne, env) + yearShift;
      const code = part.kind === 'S' ? part.code : `${part.kind}${part.n}`;
      const precision = part.kind === 'Q' ? 'quarter' : part.kind === 'H' ? 'half' : 'season';
      // its year is the story's year for later anaphora ("the fourth quarter of 2005 … the entire year")
      return { value: `${pad(year, 4)}-${code}`, precision, date: DateTime.utc(year, startMonthOf(part), 1) };
    },
  };
}

function startMonthOf(part: Part): number {
  return part.kind === 'S' ? SEASON_START[part.code] : part.kind === 'Q' ? (part.n - 1) * 3 + 1 : (part.n - 1) * 6 + 1;
}

function yearFor(part: Part, spec: YearSpec | undefined, previousOne: boolean, env: ResolveEnv): number {
  const ref = env.now;
  if (spec?.year !== undefined) return spec.year;
  if (spec?.offset !== undefined && !spec.relativeToSeason) return ref.year + spec.offset;
  const startMonth = startMonthOf(part);
  // "this summer" is the summer of this year, ahead or past; "this winter" in January is the one under way or just over
  if (spec?.relativeToSeason && spec.offset === 0 && part.kind === 'S') return part.code === 'WI' && ref.month <= WINTER_LAST_MONTH ? ref.year - 1 : ref.year;
  if (previousOne && part.kind === 'Q') {
    const q = quarterOf(ref);
    return q === 1 ? ref.year - 1 : ref.year;
  }
  const tense: Tense = spec?.relativeToSeason ? (spec.offset! < 0 ? 'past' : spec.offset! > 0 ? 'future' : 'unknown') : env.tense();
  // a quarter in a future clause ("expects fourth-quarter profit to fall", "will report third-quarter
  // results") is the current or just-closed one as often as the next: the nearest, like an untensed one
  if ((tense === 'unknown' || tense === 'future') && part.kind === 'Q') return nearestYear(startMonth, ref);
  // as for a day: a quarter starting within weeks is meant even in a past clause ("announced cuts during the fourth quarter")
  if (tense === 'past' && part.kind === 'Q' && ref.month < startMonth && DateTime.utc(ref.year, startMonth, 1).diff(ref.startOf('day'), 'days').days <= NEAR_FUTURE_DAYS) return ref.year;
  const strict = spec?.relativeToSeason === true && spec.offset !== 0;
  // "will hold their autumn meetings", written in October: the autumn under way, not next year's
  if (tense === 'future' && !strict) {
    const monthsIn = (ref.month - startMonth + 12) % 12;
    if (monthsIn < (part.kind === 'H' ? 6 : 3)) return ref.month >= startMonth ? ref.year : ref.year - 1;
  }
  return latestOrNextYear(startMonth, ref, tense, strict);
}

/** Year whose period starting in startMonth begins nearest to ref (ties go to the past). */
function nearestYear(startMonth: number, ref: DateTime): number {
  const m = ref.year * 12 + ref.month;
  const candidates = [ref.year - 1, ref.year, ref.year + 1];
  let best = ref.year;
  let bestDist = Infinity;
  for (const y of candidates) {
    const dist = Math.abs(y * 12 + startMonth + 1 - m); // +1: a quarter is judged by its middle month
    if (dist < bestDist) { best = y; bestDist = dist; }
  }
  return best;
}

/** Year of the latest period starting in startMonth that has begun by ref (or the next one, for the future). */
function latestOrNextYear(startMonth: number, ref: DateTime, tense: Tense, strict: boolean): number {
  const begun = ref.month > startMonth || (!strict && ref.month === startMonth);
  if (tense === 'future') return begun ? ref.year + 1 : ref.year;
  if (tense === 'past' && strict) return ref.month > startMonth ? ref.year : ref.year - 1;
  return begun ? ref.year : ref.year - 1;
}

const possCache = new WeakMap<LanguageTable, RegExp>();
function possessiveYear(lang: LanguageTable): RegExp {
  let re = possCache.get(lang);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(${patternsFor(lang).modifier})\\s+year['’]s\\s+$`, 'iu');
    possCache.set(lang, re);
  }
  return re;
}

interface PartOfYearRegexes { ordRe: RegExp; qRe: RegExp; seasonRe: RegExp; seasonLead: RegExp; seasonNounAfter: RegExp; ofMonth: RegExp }
/** Characters after "the first half" searched for the month it is part of. */
const OF_MONTH_REACH = 16;

function regexesFor(lang: LanguageTable): PartOfYearRegexes | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const w = lang.partOfYearPhrases;
  let rx: PartOfYearRegexes | null = null;
  if (w && (lang.quarterWords.length > 0 || Object.keys(lang.seasons).length > 0)) {
    const p = patternsFor(lang);
    const ord = alternation(Object.keys(lang.ordinals));
    const unit = alternation([...lang.quarterWords, ...lang.halfWords]);
    const yearPart = `(?:(?:,\\s*|\\s+)(?:${w.yearLink})\\s+(?:(?<y>${YEAR})|(?:${lang.definiteArticle}\\s+)?(?<ymod>${p.modifier})\\s+(?:${w.yearWord})|(?<theyear>${w.theYear}))|\\s+(?<y2>${YEAR}))?`;
    // "next year's first quarter", "this year's third quarter": the possessive year belongs to the span
    // "the year-ago third quarter": that quarter a year back
    const ago = lang.reportingPeriods ? `(?:(?<ago>${lang.reportingPeriods.yearAgoPart})\\s+)?` : '';
    const ordSrc = `(?:${lang.definiteArticle}\\s+)?${ago}(?:(?<yb>${YEAR})\\s+)?(?<ord>${ord})[\\s-]+(?:${w.fiscal}\\s+)?(?<unit>${unit})${yearPart.replace('(?<y2>', '(?<yy>')}`;
    const qSrc = `(?<k>[QH])(?<n>[1-4])(?:\\s*(?:(?:${w.yearLink})\\s+)?(?<y>${YEAR}))?`;
    const seasons = alternation(Object.keys(lang.seasons));
    const seasonSrc = `(?:(?:${lang.definiteArticle}\\s+)?(?<mod>${p.modifier})\\s+)?(?<s>${seasons})${yearPart.replace('(?<y2>', '(?<y3>')}`;
    const [ordRe, qRe, seasonRe] = [ordSrc, qSrc, seasonSrc].map((src) => new RegExp(WB_LEFT + src + WB_RIGHT, 'giu')) as [RegExp, RegExp, RegExp];
    const ofMonth = new RegExp(`^\\s+(?:${w.yearLink})\\s+(?:${p.month})(?![\\p{L}])`, 'iu');
    rx = { ordRe, qRe, seasonRe, seasonLead: new RegExp(w.seasonLead, 'iu'), seasonNounAfter: new RegExp(w.seasonNounAfter, 'iu'), ofMonth };
  }
  cache.set(lang, rx);
  return rx;
}
