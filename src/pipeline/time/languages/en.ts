import type { LanguageTable } from './LanguageTable';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/**
 * Irregular simple pasts and participles that news uses for what happened ("brought in", "met",
 * "began"). Forms that are also present tense or common nouns ("set", "put", "hit", "cut", "read",
 * "found") are left out: a wrong cue is worse than none.
 */
const irregularPastForms = [
  'began', 'became', 'bought', 'brought', 'broke', 'built', 'came', 'caught', 'chose', 'drew', 'drove',
  'fell', 'felt', 'fled', 'flew', 'fought', 'forgot', 'gave', 'got', 'grew', 'held', 'kept', 'knew', 'led',
  'lost', 'made', 'meant', 'met', 'paid', 'ran', 'rose', 'sank', 'sat', 'saw', 'sent', 'shot', 'sold',
  'sought', 'spent', 'spoke', 'stood', 'stole', 'struck', 'swore', 'taught', 'thought', 'threw', 'took',
  'underwent', 'went', 'left', 'withdrew', 'woke', 'won', 'wore', 'wrote',
];

/** Determiners: after one, a participle is an adjective ("the reduced dividend") and a day word a noun ("the last night of the fair"). */
const determiners = 'the|a|an|its|their|his|her|our|this|these|those';

export const en: LanguageTable = {
  code: 'en',
  months: Object.fromEntries(months.map((m, i) => [m, i + 1])),
  monthAbbreviations: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  weekdays: {
    ...Object.fromEntries(weekdays.map((d, i) => [d, i + 1])),
    mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
  },
  weekdayPlurals: Object.fromEntries(weekdays.map((d, i) => [d + 's', i + 1])),
  capitalizedNames: true,
  ordinalSuffix: '(?:st|nd|rd|th)',
  yearSuffix: '',
  approximateTail: ',?\\s+or\\s+so,?',
  spelledYears: { prefix: 'the\\s+year\\s+', zero: 'oh', twoThousand: 'two\\s+thousand', and: 'and' },
  monthDayOrder: true,
  deicticWords: {
    today: { unit: 'day', offset: 0 },
    tonight: { unit: 'day', offset: 0, part: 'NI' },
    yesterday: { unit: 'day', offset: -1 },
    tomorrow: { unit: 'day', offset: 1 },
    'the day before yesterday': { unit: 'day', offset: -2 },
    'the day after tomorrow': { unit: 'day', offset: 2 },
    'last night': { unit: 'day', offset: -1, part: 'NI' },
    'the weekend': { unit: 'weekend', offset: 0 },
  },
  deicticNounBefore: `\\b(?:${determiners})\\s+$`,
  titleNouns: [
    'programme', 'program', 'show', 'newspaper', 'paper', 'magazine', 'podcast', 'broadcast', 'bulletin', 'presenter',
    'host', 'edition', 'channel', 'website', 'column', 'columnist', 'interview', 'radio', 'reporter', 'editor', 'team', 'series',
  ],
  relativePhrases: {},
  modifiers: { last: -1, past: -1, previous: -1, next: 1, coming: 1, this: 0, current: 0 },
  calendarUnits: { day: 'day', week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century' },
  durationUnits: {
    second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
    day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
    quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year', decade: 'decade', decades: 'decade',
    century: 'century', centuries: 'century',
  },
  numberWords: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
    nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    hundred: 100, 'a hundred': 100, single: 1, 'a couple of': 2, 'a couple': 2, 'couple of': 2, 'a few': NaN, several: NaN, 'many': NaN, 'some': NaN,
  },
  durationQualifiers: [
    'more than', 'less than', 'fewer than', 'over', 'under', 'nearly', 'almost', 'about', 'around', 'roughly',
    'at least', 'at most', 'up to', 'just over', 'just under', 'approximately', 'some',
  ],
  durationFillers: ['straight', 'consecutive', 'trading', 'business', 'working', 'full', 'whole', 'more', 'long', 'additional', 'calendar'],
  agoWords: ['ago'],
  laterWords: ['later', 'afterwards', 'afterward', 'on'],
  earlierWords: ['earlier', 'before', 'previously', 'prior'],
  nextWords: ['next', 'following', 'subsequent'],
  previousWords: ['previous', 'preceding', 'prior'],
  sameWords: ['same', 'that'],
  everyWords: ['every', 'each'],
  setWords: { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', quarterly: 'P3M', hourly: 'PT1H', biweekly: 'P2W' },
  durationWords: { annual: 'P1Y' },
  referenceWords: {
    now: 'PRESENT_REF', currently: 'PRESENT_REF', current: 'PRESENT_REF', presently: 'PRESENT_REF', nowadays: 'PRESENT_REF',
    'at present': 'PRESENT_REF', 'the present': 'PRESENT_REF', 'the time being': 'PRESENT_REF', 'these days': 'PRESENT_REF',
    'the moment': 'PRESENT_REF',
    recently: 'PAST_REF', 'more recently': 'PAST_REF', 'most recently': 'PAST_REF', recent: 'PAST_REF', 'the past': 'PAST_REF',
    'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', soon: 'FUTURE_REF', 'very soon': 'FUTURE_REF', 'the near term': 'FUTURE_REF',
    'the long term': 'FUTURE_REF', 'the short term': 'FUTURE_REF',
  },
  holidays: {
    Christmas: { month: 12, day: 25 }, 'Christmas Day': { month: 12, day: 25 }, 'Christmas Eve': { month: 12, day: 24 },
    "New Year's Day": { month: 1, day: 1 }, "New Year's Eve": { month: 12, day: 31 }, 'Independence Day': { month: 7, day: 4 },
    Halloween: { month: 10, day: 31 }, "Valentine's Day": { month: 2, day: 14 },
    Thanksgiving: { month: 11, weekday: 4, nth: 4 }, 'Thanksgiving Day': { month: 11, weekday: 4, nth: 4 },
    'Labor Day': { month: 9, weekday: 1, nth: 1 }, 'Memorial Day': { month: 5, weekday: 1, nth: -1 },
    // US Election Day: the Tuesday after the first Monday of November
    'Election Day': { month: 11, weekday: 1, nth: 1, plusDays: 1 },
  },
  clockWords: { noon: 12, midday: 12, midnight: 24 },
  notYear: {
    labelBefore: '\\b(?:no|nr|nos|number|num|flight|route|highway|interstate|road|freeway|motorway|page|pages|model|article|articles|room|code|resolution|bill|bills|platform|gate|bus|train|line|lot|unit|item|section|chapter|clause|paragraph|amendment|decree|case|file|exhibit|station|terminal|suite|apartment|flat|box|channel|category|grade|version|rule|regulation|boeing|airbus|serial|ticket|account|batch)\\.?\\s*$',
    unitAfter: '^\\s*(?:-strong|percent|per cent|km|kg|mm|cm|m\\b|mph|ft|kilomet|metre|meter|mile|ton|barrel|people|persons|troops|soldiers|civilians|residents|employees|workers|jobs|units|vehicles|cars|aircraft|planes|jets|tanks|shells|missiles|drones|rockets|points|shares|dollars|euros|pounds|rubles|hryvnias|votes|seats|cases|deaths|men|women|children|feet|yards|hectares|acres|calories|passengers|pages)',
  },
  yearLeadWords: ['in', 'by', 'since', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'of', 'and', 'or', 'to', 'between', 'the', 'early', 'late', 'mid', 'circa', 'around', 'about'],
  ageBefore: '\\b(?:his|her|their|my|your|our|its)\\s+(?:(?:early|mid|late)[\\s-]+)?$',
  someDayBefore: '(?<![\\p{L}])(?:will|would|could|may|might|can|should|must|shall|i|you|he|she|we|they|it)\\s+$',
  rateBefore: '(?<![\\p{L}])(?:once|twice|times|billion|million|thousand)\\s+$',
  coordinators: 'and|or|&',
  clockIdiomBefore: '\\bhigh\\s+$',
  inThePart: 'in\\s+the',
  partsOfDay: { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' },
  partOfDayPlurals: { mornings: 'MO', afternoons: 'AF', evenings: 'EV', nights: 'NI' },
  seasons: { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' },
  ambiguousSeasons: ['fall', 'spring'],
  ordinals: { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: -1, last: -1 },
  quarterWords: ['quarter'],
  halfWords: ['half'],
  spanPrefixes: ['earlier', 'later', 'early', 'late', 'mid', 'late in', 'early in', 'the very beginning of', 'the very end of', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the rest of', 'the remainder of', 'the turn of the', 'fiscal'],
  anaphora: {
    determiner: 'the|that',
    definite: 'the',
    same: 'the\\s+same|that',
    samePeriod: 'the\\s+same\\s+(?<unit5>period|month|quarter|week|day|time)',
    lastYear: '(?:a|one)\\s+year\\s+(?:ago|earlier|before)|last\\s+year|of\\s+(?:the\\s+)?(?:last|previous|prior)\\s+year|the\\s+(?:previous|prior)\\s+year',
    after: { back: ['before', 'previous', 'earlier'], forward: ['after', 'later'], backAdverbs: ['previous', 'earlier'] },
    bareUnits: 'day|week|month|year',
    wholeUnits: 'week|month|year',
    whole: 'entire|whole|full',
    notDateAfter: '\\s+(?:of|when|that|which|after|before|he|she|it|they)\\b',
    possessive: "['’]s\\b",
    genericDayBefore: '(?:\\bat\\s+the\\s+end\\s+of|(?<!\\b(?:start|beginning|end|close|rest|middle|course)\\s)\\bof|\\ball)\\s+$',
    sessionFrame: '\\b(?:end(?:ed|ing|s)?|close[ds]?|for|(?:later|earlier|early|late)\\s+in|during|(?:start|beginning|end|close|rest|middle)\\s+of)\\s+$',
    periodPrefix: '(?:end|beginning|start|middle|rest|remainder|half|quarter|course)\\s+of\\s+$',
    periodFrame: '(?:\\bfor|\\b(?:months|weeks|days)\\s+of)\\s+$',
    periodNamedByEnd: '^\\s+(?:ended|ending|to|through|before|after)\\b',
  },
  weekFrame: '(?:the\\s+)?week\\s+(?:of|ending|ended|beginning|starting|commencing)(?:\\s+on)?',
  reportingPeriods: {
    current: '(?:its|the)\\s+(?:(?:latest|most\\s+recent|just-ended|recent|fiscal)\\s+)?(?:fiscal\\s+)?quarter(?!\\s+(?:of\\s+(?:a|an|the|its|their)\\b|century|mile|point))|the\\s+(?:latest|current|most\\s+recent|just-ended)\\s+period',
    yearEarlier: '(?:the\\s+)?(?:comparable\\s+|same\\s+)?(?:year-(?:earlier|ago)|prior-year)\\s+(?:quarter|period)|year-(?:earlier|ago)(?=\\s+\\p{L})',
    yearPeriod: '(?:the\\s+)?(?<yp>1[0-9]{3}|20[0-9]{2})\\s+(?:fiscal\\s+)?(?:quarter|period)(?!\\s+(?:of|ended|ending)\\b)',
    yearAgoPart: 'year-(?:earlier|ago)|prior-year',
    // "by year-end", "since year's end", but not "the year-end meeting"
    yearEnd: "(?<yepre>(?:by|at|since|before|until|till|after|through|near|towards?)\\s+(?:the\\s+)?)(?:year[-\\s]end|year['’]s\\s+end)(?![-\\p{L}])(?!\\s+(?!(?:and|or|but|if|as|when|at|in|to|from|with|for|because|of|that|is|was|will|would|the|a|an)\\b)\\p{Ll})",
    since: 'since',
    hint: ['quarter', 'Quarter', 'period', 'fiscal', 'Fiscal', 'ear-', 'year end', 'year-end', 'Year-', 'prior-'],
    yearEnded: '(?:the|its)\\s+(?:fiscal\\s+)?year(?=\\s+(?:ended|ending|that\\s+ended|that\\s+ends)\\b)',
    fiscalYear: '(?:the|its)\\s+(?:current\\s+)?fiscal\\s+year(?!\\s+(?:ended|ending|that\\s+ended))',
    // "the quarter ended Sept. 30": the words between a period and the day it closed
    periodEnded: '\\s+(?:that\\s+)?(?:ended|ending|ends)\\s+',
  },
  // "would" is the future of reported speech ("said it would vote on Friday"); "could" and "deadline" are as often past
  futureCues: "\\b(?:will|won't|shall|going to|(?:is|are|was|were) (?:due|set|scheduled|expected|slated|poised|planning|going) to|(?:is|are) to|plans? to|planned to|set to|as soon as|would(?! have)|intends? to|aims? to|scheduled|upcoming|until|till|ahead of|next(?!\\s+to\\b)|later this|forthcoming|should|may|might|expects?|expected|hopes? to|wants? to|seeks? to|to be|due|payable|effective|supposed to|as early as|(?:planned|slated|set) for|(?:the|a|an|its|their|his|her) (?:planned|slated|proposed))\\b|'ll\\b",
  deadlineBefore: '\\b(?:by|until|till)\\s+(?:early\\s+|late\\s+|mid-?\\s*|the\\s+(?:end|middle|start)\\s+of\\s+)?$',
  plannedCues: "(?:\\b(?:will|won't|shall|would(?!\\s+have\\b)|wouldn't|going to|(?:is|are|was|were|be|been)\\s+(?:due|set|scheduled|expected|slated|poised|planning|going|likely|about|supposed)\\s+to|(?:is|are|was|were)\\s+to|(?:plans?|planned|intends?|intended|aims?|aimed|hopes?|hoped|expects?|promised|pledged|vowed|threatened|agreed|decided)\\s+to|scheduled|upcoming|forthcoming|ahead\\s+of|in\\s+advance\\s+of|next(?!\\s+to\\b)|coming|planned|proposed|due|pending|until|deadline)\\b|'ll\\b)",
  pluperfect: '\\bhad(?:\\s+been)?\\b',
  pastCues: `\\b(?:said|says|told|was|were|had|did|ago|earlier|last|took place|[a-z]{3,}ed|${irregularPastForms.join('|')})\\b`,
  participles: {
    after: "\\b(?:will|to|be|being|would|should|could|may|might|must|'ll)\\s+(?:(?:be|been|have|get|not|also|then|now|soon|still|first|only|\\w+ly)\\s+)?$",
    adjectiveAfter: `\\b(?:${determiners})\\s+(?:still\\s+|newly\\s+|recently\\s+)?$`,
    // "the envoy to Kyiv said", "the last time": never a participle
    notParticiples: ['said', 'says', 'told', 'was', 'were', 'had', 'did', 'ago', 'earlier', 'last', 'took place'],
  },
  speechVerbs: '\\b(?:said|says|told|stated|announced|noted|confirmed|reported|added|wrote|tweeted|declared|briefing|statement|according to)\\b',
  complementizers: 'that',
};
