/** The site's words in English: the reference dictionary every other language matches key for key. */
import { plural as count } from './plural';

const n = (value: number, one: string, other: string) => count('en', value, { one, other });

export const en = {
  lang: 'en',
  kicker: 'Timeline',
  titleSuffix: 'timeline',
  description: (events: number, sources: number) =>
    `A timeline of ${n(events, 'dated event', 'dated events')} from ${n(sources, 'news article', 'news articles')}.`,
  dek: (events: number, sources: number) => `${n(events, 'event', 'events')} from ${n(sources, 'source', 'sources')}`,
  spanTo: (a: string, b: string) => `${a} to ${b}`,

  /* The site's navigation, and the event, sources and about pages. */
  navLabel: 'Site',
  navTimeline: 'Timeline',
  navSources: 'Sources',
  navAbout: 'About',

  eventPageWho: 'Who',
  eventPageInArticles: 'In the articles',
  eventPageQuoteCount: (quotes: number, articles: number) => `${n(quotes, 'quote', 'quotes')} from ${n(articles, 'article', 'articles')}, in full.`,
  /** How a mention got its date: the words of the article that gave it. */
  eventPageDatedBy: 'Dated by “{expression}”.',
  eventPageDatedByPublication: 'Dated by the day it was published.',
  /** A mention with no date of its own, joined to the event it tells (an undated account, a casualty count). */
  eventPageUndatedMention: 'No date of its own: it tells the same happening.',
  eventPagePublished: 'published {date}',
  eventPageAboutSource: 'About this article',
  eventPageAccountsDiffer: 'Accounts differ',
  eventPageDisputeOn: (about: string) => `On ${about}:`,
  eventPageNeighbours: 'Before and after',
  eventPageBefore: 'Before',
  eventPageAfter: 'After',
  eventPageFirst: 'Nothing earlier: this is the first event.',
  eventPageLast: 'Nothing later: this is the last event.',
  eventPageInTimeline: 'See it in the timeline',

  sourcesPageTitle: 'Sources',
  sourcesPageDescription: (articles: number) => `Every article read to make the timeline (${n(articles, 'article', 'articles')}): its date, language and the events it supports.`,
  sourcesPageIntro: (articles: number, withEvents: number) =>
    `Every article read to make this timeline, by publication date: ${n(articles, 'article', 'articles')}, ${withEvents.toLocaleString('en')} of them giving at least one event.`,
  sourcesPageFile: 'File',
  sourcesPageAuthor: 'Author',
  sourcesPagePublished: 'Published',
  sourcesPageLanguage: 'Language',
  sourcesPageEvents: 'Events',
  sourcesPageDateUnknown: 'not known',
  /** A publication date the article states; {basis} says where (dateline, front-matter, sources.yaml). */
  sourcesPageDateStated: 'stated ({basis})',
  /** A publication date worked out from the other articles; {basis} says how. */
  sourcesPageDateInferred: 'inferred: {basis}',
  sourcesPageSupports: (k: number) => `Supports ${n(k, 'event', 'events')}:`,
  sourcesPageAndMore: (k: number) => `and ${k.toLocaleString('en')} more`,
  sourcesPageNoEvent: 'No event came from this article:',
  sourcesPageNoReason: 'no reason was recorded.',

  aboutPageTitle: 'How this timeline was made',
  aboutPageDescription: 'How a program turned news articles into this timeline, step by step, and what it found.',
  aboutPageIntro: 'A program read the articles and wrote this timeline; a journalist can correct it. Step by step:',
  aboutPageSteps: [
    ['The articles are read.', 'Each article is read as it was saved (plain text, Markdown or a web page, in any encoding), and what is not the story is set aside: menus, appeals, related links, comments.'],
    ['Dates are found.', 'Every date an article gives is found, from “25 June 2024” and “in March” to “last Tuesday” or “the next day”, and worked out from the day the article was published. When an article does not say when it was published, that day is inferred from the other articles, and marked so.'],
    ['Sentences are tied to dates.', 'A sentence that says something happened on a date becomes a mention of that happening. A headline that gives no date reports that day’s news: its event is dated by the day it was reported, and says “reported”.'],
    ['The same happening is merged.', 'Mentions of one happening on one date, in different articles, become one event that cites every article and its exact words. Where the articles disagree (a count, who called whom), the event says “accounts differ” and gives each account.'],
    ['Key events are chosen.', 'Events told by more articles, nearer their top and on the days coverage peaked lead the timeline; vague dates, plans and background count for less. The others are one step away, under “more events”. Events announced but not yet happened are marked “planned”.'],
    ['A journalist checks it.', 'A journalist can retitle, rewrite, hide, pin or merge any event; what a person writes always wins over what the program found.'],
  ] as [string, string][],
  aboutPageCountsHeading: 'In numbers',
  aboutPageCounts: {
    articles: 'Articles read',
    articlesWithoutEvents: 'Articles that gave no event',
    inferredPublicationDates: 'Articles whose publication date was inferred',
    events: 'Events',
    keyEvents: 'Key events',
    publicationDated: 'Events dated only by the day they were reported',
    plannedEvents: 'Planned events (announced, not yet happened)',
    backgroundEvents: 'Background events',
    disputes: 'Points where accounts differ',
    warnings: 'Warnings from the build',
    notes: 'Notes from the build',
  },
  aboutPageWarningsHeading: 'What the build warned about',
  aboutPageMoreWarnings: (k: number) => `and ${k.toLocaleString('en')} more, in the data.`,
  aboutPageData: 'Every event, quote, offset and diagnostic is in one file, free to reuse:',

  eventsHeading: 'Events',
  noEvents: 'No dated events were found in these articles.',
  /** The summary of a period's disclosure of its 'more' events. */
  moreEvents: (k: number) => n(k, 'more event', 'more events'),
  sourcesCount: (k: number) => n(k, 'source', 'sources'),
  /** A date that is the day the news was published, not a date the articles state. */
  reportedOn: 'reported {date}',
  planned: 'Planned',
  plannedNote: 'planned',
  background: 'Background',
  backgroundNote: 'background',
  permalink: 'Link to this event',
  disagree: 'Sources disagree',
  disagreeOn: 'on',
  moreQuotes: (k: number) => n(k, 'more quote', 'more quotes'),

  overviewHeading: 'Overview',
  zoomGroup: 'Zoom the overview',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFit: 'Fit all',
  overviewKeys: 'In the overview, ← and → move between events, Home and End go to the first and last, Enter opens one; + and − zoom, 0 fits all. Drag to pan; wheel or pinch to zoom.',
  legend: 'Legend',
  legendMain: 'Story event',
  legendBackground: 'Background',
  legendPlanned: 'Planned (not yet happened when reported)',
  legendRange: 'Several days',
  legendReported: 'Dated by the day it was reported',
  legendMonth: 'Only the month is known',
  legendYear: 'Only the year is known',
  legendCluster: 'Events too close to tell apart: zoom in',
  /** A cluster of marks: "12 events", by plural category (Intl.PluralRules in the browser). */
  clusterCount: { one: '{n} event', other: '{n} events' } as Record<string, string>,
  laneMain: 'Story',
  laneBackground: 'Background',
  /** Under the overview: it draws the key events only. */
  overviewCount: (key: number, more: number) =>
    more === 0
      ? `${n(key, 'event', 'events')} shown.`
      : `The ${n(key, 'key event', 'key events')} shown; ${n(more, 'more event is', 'more events are')} listed under their periods below.`,

  sourcesHeading: 'Sources',
  dateInferred: 'date inferred',
  footer: "Made from the articles' own words: every event cites the sentences it came from.",
  download: 'Download the data (JSON)',
  /** The footer's and the about page's links to the other formats of the data. */
  exportsLabel: 'The events in other formats:',
  exportCsv: 'spreadsheet (CSV)',
  exportIcs: 'calendar (iCalendar)',
  exportFeed: 'news feed (Atom)',
  exportTimelineJs: 'TimelineJS3 (JSON)',
  /** In a TimelineJS3 slide: the link to the event's own page. */
  exportEventPageLink: 'All quotes and sources',
  skipLink: 'Skip to content',

  /** A busy period's own page. */
  periodDescription: (period: string, events: number) => `${n(events, 'event', 'events')} of ${period}, with their sources.`,
  periodDek: (key: number, more: number) => `${n(key, 'key event', 'key events')} and ${n(more, 'more event', 'more events')}`,
  backToTimeline: 'Back to the timeline',
  periodKeyHeading: 'Key events',
  periodMoreHeading: 'Other events',
  actors: 'Who',
  moreSources: (k: number) => n(k, 'more source', 'more sources'),
  allQuotes: 'All quotes on the event’s page',

  /** The search box and filters above the list. */
  finderLabel: 'Find events',
  finderWords: 'Words',
  finderActor: 'Who',
  finderAnyActor: 'Anyone',
  finderSource: 'Source',
  finderAnySource: 'Any source',
  finderKind: 'Kind',
  finderAnyKind: 'All events',
  finderMain: 'Story events',
  finderBackground: 'Background',
  finderPlanned: 'Planned',
  finderClear: 'Clear',
  /** "{n} events match", by plural category (Intl.PluralRules in the browser). */
  finderMatches: { one: '{n} event matches', other: '{n} events match' } as Record<string, string>,
  finderElsewhere: 'Also matching, on the pages of their periods:',
  finderLoading: 'Loading the index…',
  allSources: (k: number) => `All ${n(k, 'source', 'sources')}: outlets, dates, and what each one told`,
  themeDark: 'Dark theme',
  /** The embed view (/embed/, for iframes) and the "Embed this" control of the index and the event pages. */
  embedSummary: 'Embed this timeline',
  embedEventSummary: 'Embed this event in the timeline',
  embedIntro: 'Paste this code into your page. The timeline takes the height it needs, and a link on your page to #event-id opens that event in it.',
  embedCode: 'Code to embed',
  embedCopy: 'Copy the code',
  embedCopied: 'Copied.',
  embedCopyFailed: 'Could not copy: the code is selected, copy it by hand.',
  embedOptions: 'To change it, add to the address in src: theme=light or theme=dark; from= and to= with dates such as 2020-01-31; focus= with an event id; title=hide; lang=en, ru or uk. Add data-newsline-hash to the iframe to let a click on an event’s link set your page’s address.',
  embedOptionsLegend: 'Options',
  embedTheme: 'Theme',
  embedThemeAuto: 'The reader’s',
  embedThemeLight: 'Light',
  embedThemeDark: 'Dark',
  embedLanguage: 'Language',
  embedHideTitle: 'Hide the title',
  embedFrom: 'From',
  embedTo: 'To',
  /** The iframe's accessible name. */
  embedFrameTitle: (title: string) => `Timeline: ${title}`,
  /** The credit under the embed, linking to the full timeline. */
  embedSource: 'Source: {title}',
  embedNewTab: '(opens in a new tab)',
  embedKeyHeading: 'Key events',
  /** The disclosure of the other events, by plural category. */
  embedMoreEvents: { one: '{n} more event', other: '{n} more events' } as Record<string, string>,
  embedNoEvents: 'No events between these dates.',
};

export type Strings = typeof en;
