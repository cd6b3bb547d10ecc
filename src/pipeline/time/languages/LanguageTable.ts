/**
 * Everything the tagger needs to know about one language, as data.
 * Adding a language means writing one of these tables; the rules in
 * ../rules read their words from the table. A few small guards are still
 * written in English in the rules, and so do nothing for other languages:
 * "May of the" (findMonthExpressions), "the present day" and "most recent"
 * (findReferenceWords), "the turn of the century" and counts of hundreds
 * (findYearExpressions), "on" between a clock time and its day.
 */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
/** TIMEX3 part-of-day codes. */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
export type ReferenceValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/** A named day: a fixed month-day, the nth (-1: last) weekday of a month plus some days, or some days from Western Easter Sunday. */
export type Holiday = { month: number; day: number } | { month: number; weekday: number; nth: number; plusDays?: number } | { easter: number };

/**
 * Regex sources around a short expression that needs its context to be one: the words before it (the part
 * of the span after them, such as "the", in a group `span`) and the words that may follow it.
 */
export interface TextFrame {
  lead: string;
  follow: string;
}

export interface DeicticEntry {
  unit: CalendarUnit;
  offset: number;
  part?: PartOfDay;
}

export interface LanguageTable {
  code: string;
  /** Every inflected form of each month name (lower case) → 1..12. */
  months: Record<string, number>;
  /** Abbreviations, trusted only next to a day number ("Jul 9"), never alone. */
  monthAbbreviations: Record<string, number>;
  /** Weekday forms (lower case) → ISO weekday 1 (Monday) .. 7 (Sunday). */
  weekdays: Record<string, number>;
  /** Plural weekday forms ("Fridays") → ISO weekday, for sets ("on Fridays"). */
  weekdayPlurals: Record<string, number>;
  /** English month/weekday names are capitalised; "may" and "march" are not months. */
  capitalizedNames: boolean;
  /** Regex source for ordinal suffixes after a day number ("25th"). */
  ordinalSuffix: string;
  /** Regex source for a word that may follow a year ("2024 года"); '' for none. */
  yearSuffix: string;
  /** Regex source for a hedge between an amount and "ago"/"later" ("a week or so ago"), or absent. */
  approximateTail?: string;
  /** Years read out as words ("nineteen ninety-six", "the year two thousand"): regex sources, or absent. */
  spelledYears?: { prefix: string; zero: string; twoThousand: string; and: string };
  /** Decades spelled out after the definite article ("the nineties" → 9), as "the '90s" is; absent for none. */
  decadeWords?: Record<string, number>;
  /** Whether "June 25" (month before day) is a normal order. */
  monthDayOrder: boolean;
  /** Single words / fixed phrases meaning a day relative to now: today, yesterday, tonight. */
  deicticWords: Record<string, DeicticEntry>;
  /** Regex source for a word before a deictic word that makes it a noun or an adjective ("the last night of the fair", "an overnight stay"); '' for none. */
  deicticNounBefore: string;
  /** Nouns that make a capitalised deictic word before them a title, not a date ("the Today programme"). */
  titleNouns: string[];
  /**
   * Deictic words that are generic after a word before them ("the cars of tomorrow"), not when a
   * possessive makes them a day again ("of tomorrow's vote"): regex sources, and the value each takes; null for none.
   */
  genericDeictic: { before: string; notAfter: string; values: Record<string, ReferenceValue> } | null;
  /** Fixed multi-word phrases for calendar units relative to now ("на прошлой неделе"). */
  relativePhrases: Record<string, DeicticEntry>;
  /** Productive modifier words before a unit, month, season or weekday: last → -1, next → +1, this → 0. */
  modifiers: Record<string, number>;
  /** Calendar unit words for "last week", "this year" (singular forms). */
  calendarUnits: Record<string, CalendarUnit>;
  /** Duration unit words, singular and plural → unit. */
  durationUnits: Record<string, DurationUnit>;
  /** Number words → value; "a"/"an" included; NaN marks a vague amount ("several"). */
  numberWords: Record<string, number>;
  /** Words that soften a duration and stay inside its span ("more than", "nearly"). */
  durationQualifiers: string[];
  /** Words between number and unit that keep the duration ("straight", "consecutive"). */
  durationFillers: string[];
  /**
   * The phrases around a duration that findDurations reads, as regex sources; null when the table
   * has none (the rule then finds nothing). lead: words kept before the amount ("the past", "the
   * first"); article: the indefinite article that
   * counts one ("a year"); andAHalf: "two and a half years"; one: the numeral of "will one day be"; suffix: a glued "-long"/"-old";
   * ageSuffix, ageAfter: ages, no duration in TimeML ("a 6-year-old", "52 years old"); fractionSuffix,
   * fractionAfter: "three-quarters of"; frequencyBefore: "twice", "three times" before a rate ("twice a
   * week"). Vague plurals ("in recent years", "for decades"): vagueLead the word that makes them a
   * stretch, vagueModifier between ("recent", "the past"), vagueEnd what may follow (punctuation is
   * always allowed; "of war", "ago"), vagueForLead/vagueNotAfter ("for months", not "for months of"),
   * vaguePrefix ("recent years", "the next few days"), vagueAhead ("the weeks ahead"), vagueLong ("decades-long").
   */
  durationPhrases: {
    lead: string; article: string; andAHalf: string; one: string; suffix: string; ageSuffix: string; ageAfter: string;
    fractionSuffix: string; fractionAfter: string; frequencyBefore: string;
    vagueLead: string; vagueModifier: string; vagueEnd: string; vagueForLead: string; vagueNotAfter: string;
    vaguePrefix: string; vagueAhead: string; vagueLong: string;
  } | null;
  /** After a duration: "ago" → date before now. */
  agoWords: string[];
  /** After a duration: "from now" → date ahead of now ("two weeks from now"). */
  fromNowWords: string[];
  /** After a duration: "later" / "earlier" → date relative to the story's last date. */
  laterWords: string[];
  earlierWords: string[];
  /** After a duration, counting back only at the end of a clause: "two days before." ("two days before the vote" needs the vote's date). */
  beforeWords: string[];
  /** Anaphoric words: "the next day", "the previous day", "that day". */
  nextWords: string[];
  previousWords: string[];
  sameWords: string[];
  /** "every Friday", "each year". */
  everyWords: string[];
  /** Adverbs that are sets on their own ("weekly") → TIMEX3 SET value. */
  setWords: Record<string, string>;
  /** Adjectives that are durations on their own ("annual") → value. */
  durationWords: Record<string, string>;
  /** Words that refer to now / the past / the future. */
  referenceWords: Record<string, ReferenceValue>;
  /** Named days, as written (case-sensitive: "Christmas", "Thanksgiving Day"). */
  holidays: Record<string, Holiday>;
  /** Capitalised words that make a weekday after them the name of an event, not a date ("Black Monday", "Super Tuesday"). */
  namedDayWords: string[];
  /** Words that name a clock time ("noon" → 12, "midnight" → 24, TIMEX3's end of the day). */
  clockWords: Record<string, number>;
  /** Regex sources (case-insensitive) that tell a four-digit number is a label or a quantity, not a year; '' for none. */
  notYear: {
    /** A noun that numbers things, right before it ("resolution 1441", "Flight 1549"). */
    labelBefore: string;
    /** A unit or count noun right after it ("2000 people", "1500 km"); digits and "%" count in every language. */
    unitAfter: string;
  };
  /** Regex source for the abbreviation of a fiscal year glued to its year ("FY2013", "FY 13"); '' for none. */
  fiscalYearAbbreviation: string;
  /** Words that may open a sentence before a year ("In 2014 Russia"): with them, or a month or season, a capital before the number is not a name ("Windows 2000 Server"). */
  yearLeadWords: string[];
  /** Regex source for a possessive right before a bare decade, which makes it an age ("in his 30s"); '' for none. */
  ageBefore: string;
  /** Regex source for a modal or subject right before "one day", which makes it some day ahead ("will one day be"); '' for none. */
  someDayBefore: string;
  /** Regex source for the words before "a year" that make it a rate ("twice a year", "$5 billion a year"); digits and "%" count in every language. */
  rateBefore: string;
  /** Regex source for the words that join two dates or weekdays ("April 24 and 25", "Monday and Tuesday nights"). */
  coordinators: string;
  /** Around a day of the month told alone ("arrived on the 25th."); null for none. */
  bareDayFrame: TextFrame | null;
  /** Regex source for the words joining the first and last day of a range ("9 to 11 July", "March 22 through 24"); '' for none. */
  dayRangeWords: string;
  /** Regex source for a word that makes a clock word after it an idiom ("high noon"); '' for none. */
  clockIdiomBefore: string;
  /** Regex source joining an hour to a part of the day ("4 in the morning"); '' for none. */
  inThePart: string;
  /** Around a part of the story's day told on its own ("in the morning", "by mid-afternoon"); null for none. */
  partOfDayFrame: TextFrame | null;
  /** Parts of the day after a weekday or deictic ("Friday morning"). */
  partsOfDay: Record<string, PartOfDay>;
  /** Plural parts of day after a weekday make a recurring time ("Tuesday nights" → XXXX-WXX-2TNI). */
  partOfDayPlurals: Record<string, PartOfDay>;
  /** Seasons → TIMEX3 code; seasons listed in ambiguousSeasons need a modifier or a year ("fall"). */
  seasons: Record<string, 'SP' | 'SU' | 'FA' | 'WI'>;
  ambiguousSeasons: string[];
  /**
   * Regex sources findPartsOfYear reads around a quarter, half or season, or null (the rule finds none):
   * fiscal: "the third fiscal quarter"; yearLink: "of"/"in" before its year
   * ("the first quarter of 2009"); yearWord: "next year" ("the first quarter of next year"); theYear: "the
   * year" ("the second half of the year"); seasonLead: what
   * before an ambiguous season makes it one ("in the fall"); seasonNounAfter: what after a season makes it a
   * noun ("the fall of Kabul").
   */
  partOfYearPhrases: { fiscal: string; yearLink: string; yearWord: string; theYear: string; seasonLead: string; seasonNounAfter: string } | null;
  /** Ordinals for quarters and halves: first → 1, final/last → -1 (the last one). */
  ordinals: Record<string, number>;
  quarterWords: string[];
  halfWords: string[];
  /** Regex source for the definite article ("the next day", "the two days", "the first quarter"), shared by the rules; '' for none. */
  definiteArticle: string;
  /**
   * Dates pointing back into the story, read by findAnaphora: regex sources, or null (the rule finds nothing).
   * determiner: before a direction word ("the next day", "that following week"); same: "the same day", "that day"; samePeriod / lastYear: "the same
   * period a year ago" (samePeriod: a group named unit5 holds the unit); after: "the day before" (back) or "after" (forward),
   * backAdverbs the back words that are never prepositions ("the day earlier, the vote…");
   * bareUnits, wholeUnits, whole: "the week", "the entire year"; notDateAfter: what makes a bare "the day"
   * a noun ("the day when…"); possessive: a possessive ending ("the day's trading", "the week's busiest session"); genericDayBefore: idioms ("at the end of the day");
   * sessionFrame: a trading-session frame ("to end the day", "later in the day"); periodPrefix: "the end of the
   * year"; periodFrame: "for the week"; periodNamedByEnd: "the year ended June 30".
   */
  anaphora: {
    determiner: string; same: string; samePeriod: string; lastYear: string;
    after: { back: string[]; forward: string[]; backAdverbs: string[] };
    bareUnits: string; wholeUnits: string; whole: string;
    notDateAfter: string; possessive: string; genericDayBefore: string;
    sessionFrame: string; periodPrefix: string; periodFrame: string; periodNamedByEnd: string;
  } | null;
  /** Regex source for words before a day that make it its week ("the week of", "the week ending"); '' for none. */
  weekFrame: string;
  /** Regex sources for earnings-report periods (hint: a cheap test that a text may hold one) ("the latest quarter", "the year-earlier period", "the fiscal year"); null for none. */
  /**
   * yearPeriod: "the 1988 quarter" (a group named yp holds the year); yearAgoPart: "year-ago" before "third quarter";
   * yearEnd: "by year-end" (a group named yepre holds the preposition, left out of the span);
   * since: the preposition that looks back to the last one.
   */
  reportingPeriods: { current: string; yearEarlier: string; fiscalYear: string; yearEnded: string; yearPeriod: string; yearAgoPart: string; yearEnd: string; since: string; hint: string[]; periodEnded: string } | null;
  /** Early/mid/late and "the end of" style modifiers kept inside a span. */
  spanPrefixes: string[];
  /** Regex sources (case-insensitive) for tense cues used to pick past or future. */
  futureCues: string;
  /** Regex source for a deadline word right before a date ("by May", "until Friday"): a future cue unless the clause is pluperfect; '' for none. */
  deadlineBefore: string;
  /** Regex source for the pluperfect auxiliary ("had", "had been"): a clause that looks back from a past point; '' for a language without one. */
  pluperfect: string;
  pastCues: string;
  /**
   * When a past cue is a participle or an adjective, not a past tense (regex sources matched against the text before it; '' for none):
   * after: an auxiliary before it ("will be held", "to be named"); adjectiveAfter: a determiner before it ("the reduced dividend");
   * notParticiples: past cues that are always a past tense ("said", "was").
   */
  participles: { after: string; adjectiveAfter: string; notParticiples: string[] };
  /**
   * Regex source (case-insensitive) for cues that a happening is planned, expected or announced
   * for later ("will", "is due to", "said it would", "ahead of", "upcoming"); see detectStatus.
   */
  plannedCues: string;
  /** Regex source for what opens a new clause ("announced on Monday | that it will hold talks on Friday"): a cue beyond one belongs to another happening. */
  clauseOpeners: string;
  /** Articles and prepositions that may open a date's own words ("on Friday", "in the coming days"): skipped when reading which way the date itself points. */
  dateLeadWords: string[];
  /** Regex source for verbs of saying: a dated sentence with one dates a statement. */
  speechVerbs: string;
  /** Regex source for the words that open a reported clause ("that"): a date after one is what was said, not when. */
  complementizers: string;
}
