/**
 * Every word the site shows, in one place, so a translation is one new
 * dictionary. English only for now; functions where numbers or dates go in.
 */

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const en = {
  kicker: 'Timeline',
  titleSuffix: 'timeline',
  description: (events: number, sources: number) =>
    `A timeline of ${plural(events, 'dated event', 'dated events')} from ${plural(sources, 'news article', 'news articles')}.`,
  dek: (events: number, sources: number) => `${plural(events, 'event', 'events')} from ${plural(sources, 'source', 'sources')}`,
  spanTo: (a: string, b: string) => `${a} to ${b}`,

  eventsHeading: 'Events',
  noEvents: 'No dated events were found in these articles.',
  /** The summary of a period's disclosure of its 'more' events. */
  moreEvents: (n: number) => plural(n, 'more event', 'more events'),
  sourcesCount: (n: number) => plural(n, 'source', 'sources'),
  /** A date that is the day the news was published, not a date the articles state. */
  reportedOn: 'reported {date}',
  planned: 'Planned',
  plannedNote: 'planned',
  background: 'Background',
  backgroundNote: 'background',
  permalink: 'Link to this event',
  disagree: 'Sources disagree',
  disagreeOn: 'on',
  moreQuotesFrom: (n: number, names: string) => `${plural(n, 'more quote', 'more quotes')} (in the data), from ${names}.`,

  overviewHeading: 'Overview',
  zoomGroup: 'Zoom the overview',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset',
  zoomHint: ['Zoom with the buttons, the mouse wheel or the', 'and', 'keys; drag or use the arrow keys to pan.'] as const,
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
      ? `${plural(key, 'event', 'events')} shown.`
      : `The ${plural(key, 'key event', 'key events')} shown; ${plural(more, 'more event is', 'more events are')} listed under their periods below.`,

  sourcesHeading: 'Sources',
  dateInferred: 'date inferred',
  footer: "Made from the articles' own words: every event cites the sentences it came from.",
  download: 'Download the data (JSON)',
  skipLink: 'Skip to content',
} as const;

/** The dictionary the site uses. */
export const t = en;

/** A template's text before and after `{name}`, to wrap markup (a <time>) in words. */
export function around(template: string, name: string): [string, string] {
  const at = template.indexOf(`{${name}}`);
  return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + name.length + 2)];
}

/** A template with its `{name}`s filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}
