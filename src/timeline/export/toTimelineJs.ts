import { renderSummaryHtml } from '../../pipeline/editorial/renderSummaryHtml';
import type { Source, Timeline, TimelineEvent } from '../../pipeline/schema';
import { eventSources } from './eventSources';
import { eventLink, type ExportSite } from './siteLinks';
import { sourceName } from '../sourceName';
import { timelineJsDate, type TimelineJsDate } from './timelineJsDate';
import { xmlText } from './xmlText';

/** A TimelineJS3 slide, as far as this export fills it. */
export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
}

/** The TimelineJS3 JSON format: a title slide and the events. */
export interface TimelineJsFile {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

/** The words of the slides: the group (TimelineJS3's row label) of each kind of event, and the link to an event's page. The site passes its own. */
export interface TimelineJsLabels {
  main: string;
  background: string;
  eventPage: string;
}

const ENGLISH_LABELS: TimelineJsLabels = { main: 'Story', background: 'Background', eventPage: 'All quotes and sources' };

/**
 * The timeline in TimelineJS3's JSON format (its docs: website/docs/json-format):
 * a title slide, then one slide per event with `unique_id` = the event id,
 * `start_date`/`end_date` as numbers cut to the event's precision, and
 * `text` as HTML (TimelineJS3 reads headline and text as markup, so both are
 * escaped; the text is the sanitized summary, the first quote and a link to
 * the event's page). `group` puts story and background events in rows of
 * their own. No `media`: TimelineJS3 would load it from another host.
 */
export function toTimelineJs(timeline: Timeline, where: ExportSite, labels: TimelineJsLabels = ENGLISH_LABELS): string {
  const byId = new Map(timeline.sources.map((s) => [s.id, s]));
  const file: TimelineJsFile = {
    title: { text: { headline: xmlText(timeline.title), text: '' } },
    events: timeline.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date.start),
      ...(event.date.end ? { end_date: timelineJsDate(event.date.end) } : {}),
      text: { headline: xmlText(event.title), text: slideText(event, eventSources(event, byId), eventLink(event.id, where), labels.eventPage) },
      group: labels[event.kind],
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A slide's text: the summary, the first quote with its source, a link to the event's own page. */
function slideText(event: TimelineEvent, sources: readonly Source[], link: string, linkText: string): string {
  const summary = event.summary.trim() ? renderSummaryHtml(event.summary) : '';
  const first = event.mentions[0];
  const cite = first && sources.find((s) => s.id === first.source);
  const quote = first ? `<blockquote>${xmlText(first.quote)}${cite ? ` <cite>${xmlText(sourceName(cite))}</cite>` : ''}</blockquote>` : '';
  return `${summary}${quote}<p><a href="${xmlText(link)}">${xmlText(linkText)}</a></p>`;
}
