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
  moreQuotesFrom: (k: number, names: string) => `${n(k, 'more quote', 'more quotes')} (in the data), from ${names}.`,

  overviewHeading: 'Overview',
  zoomGroup: 'Zoom the overview',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset',
  zoomHint: ['Zoom with the buttons, the mouse wheel or the', 'and', 'keys; drag or use the arrow keys to pan.'] as [string, string, string],
  legend: 'Legend',
  legendMain: 'Story event',
  legendBackground: 'Background',
  legendPlanned: 'Planned (not yet happened when reported)',
  legendRange: 'Several days',
  legendCoarse: 'Only the month or year is known',
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
  skipLink: 'Skip to content',
};

export type Strings = typeof en;
