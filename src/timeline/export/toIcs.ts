import type { Source, Timeline, TimelineEvent } from '../../pipeline/schema';
import { dataStamp } from './dataStamp';
import { eventSources } from './eventSources';
import { foldIcsLine } from './foldIcsLine';
import { icsEventDates } from './icsEventDates';
import { icsText } from './icsText';
import { eventLink, type ExportSite } from './siteLinks';
import { sourceName } from '../sourceName';

/** Who made the calendar (RFC 5545 PRODID): the program, in the format's "-//owner//product//language" form. */
const PRODUCT_ID = '-//Newsline//Timeline//EN';
/** The UID's host part when the site's origin is not known: `.invalid` (RFC 2606) is no one's domain, so it never collides with a real one. */
const FALLBACK_UID_HOST = 'newsline.invalid';

/**
 * The timeline as an iCalendar file (RFC 5545), one VEVENT per event in
 * the contract's order. Dates follow `icsEventDates`; UID is the event id
 * with the site's host (and its base path, so two timelines on one host
 * differ); DTSTAMP is `dataStamp`, from the data, so a rebuild of the same
 * data gives the same file. A planned event is TENTATIVE, a reported one
 * CONFIRMED. Lines end in CRLF and are folded at 75 octets.
 */
export function toIcs(timeline: Timeline, where: ExportSite): string {
  const byId = new Map(timeline.sources.map((s) => [s.id, s]));
  const stamp = dataStamp(timeline).replace(/[-:]/g, '');
  const uidHost = where.site ? new URL(where.site).host : FALLBACK_UID_HOST;
  const basePart = where.base.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9]+/g, '.');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(timeline.title)}`,
  ];
  for (const event of timeline.events) {
    const dates = icsEventDates(event.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}${basePart ? `.${basePart}` : ''}@${uidHost}`,
      `DTSTAMP:${stamp}`,
      dates.start,
      ...(dates.end ? [dates.end] : []),
      `SUMMARY:${icsText(event.title)}`,
      `DESCRIPTION:${icsText(description(event, eventSources(event, byId)))}`,
      // URL is a URI (RFC 5545 §3.8.4.6): a calendar has no page to resolve a path against, so it is written only with SITE_URL.
      ...(where.site ? [`URL:${eventLink(event.id, where)}`] : []),
      `STATUS:${event.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/** The summary (or, when there is none, the first quote), then one line per source: its name, title and link. */
function description(event: TimelineEvent, sources: readonly Source[]): string {
  const lead = event.summary.trim() || (event.mentions[0] ? `“${event.mentions[0].quote}”` : '');
  const cited = sources.map((s) => `— ${[sourceName(s), s.title && s.title !== sourceName(s) ? s.title : '', s.url ?? ''].filter(Boolean).join(', ')}`);
  return [lead, cited.join('\n')].filter(Boolean).join('\n\n');
}
