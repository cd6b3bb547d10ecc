import type { LanguageTable } from './LanguageTable';

/** Fields a Slavic table may leave empty: the English-only productive rules simply find nothing. */
export const slavicDefaults: Omit<LanguageTable, 'code' | 'months' | 'weekdays' | 'deicticWords' | 'relativePhrases' | 'futureCues' | 'plannedCues' | 'clauseOpeners' | 'pastCues' | 'speechVerbs' | 'complementizers' | 'yearSuffix'> = {
  monthAbbreviations: {},
  titleNouns: [],
  genericDeictic: null,
  deicticNounBefore: '',
  weekdayPlurals: {},
  capitalizedNames: false,
  ordinalSuffix: '(?:-?(?:го|е|я|ого))',
  monthDayOrder: false,
  modifiers: {},
  calendarUnits: {},
  durationUnits: {},
  numberWords: {},
  durationQualifiers: [],
  durationFillers: [],
  durationPhrases: null,
  agoWords: [],
  fromNowWords: [],
  laterWords: [],
  earlierWords: [],
  beforeWords: [],
  nextWords: [],
  previousWords: [],
  sameWords: [],
  everyWords: [],
  setWords: {},
  durationWords: {},
  referenceWords: {},
  partsOfDay: {},
  partOfDayPlurals: {},
  seasons: {},
  ambiguousSeasons: [],
  partOfYearPhrases: null,
  ordinals: {},
  quarterWords: [],
  halfWords: [],
  spanPrefixes: [],
  definiteArticle: '',
  anaphora: null,
  dateLeadWords: [],
  weekFrame: '',
  clockWords: {},
  clockIdiomBefore: '',
  coordinators: 'и|или|і|й|та|або|&',
  notYear: {
    // "резолюция 1441", "рейсом 1549", "№ 2020", in Russian and Ukrainian inflections
    labelBefore: '(?:резолюци\\p{L}*|резолюці\\p{L}*|рейс\\p{L}*|маршрут\\p{L}*|стать\\p{L}*|статт\\p{L}*|пункт\\p{L}*|номер\\p{L}*|№)\\s*$',
    unitAfter: '',
  },
  yearLeadWords: [],
  fiscalYearAbbreviation: '',
  ageBefore: '',
  someDayBefore: '',
  rateBefore: '',
  holidays: {},
  namedDayWords: [],
  inThePart: '',
  dayRangeWords: '',
  bareDayFrame: null,
  partOfDayFrame: null,
  reportingPeriods: null,
  deadlineBefore: '',
  // Russian and Ukrainian have no pluperfect tense
  pluperfect: '',
  participles: { after: '', adjectiveAfter: '', notParticiples: [] },
};

/** Map each month's list of inflected forms to its number. */
export function monthForms(forms: string[][]): Record<string, number> {
  const out: Record<string, number> = {};
  forms.forEach((list, i) => list.forEach((f) => (out[f] = i + 1)));
  return out;
}
