import { renderSummaryHtml } from '../../pipeline/editorial/renderSummaryHtml';
import type { Source, Timeline, TimelineEvent } from '../../pipeline/schema';
import { compareEvents } from '../../pipeline/eventOrder';
import { dataStamp } from './dataStamp';
import { eventSources } from './eventSources';
import { eventLink, siteLink, type ExportSite } from './siteLinks';
import { sourceName } from '../sourceName';
import { xmlText } from './xmlText';

/** Atom requires an author; the feed is written by the program from the articles, so it names the program. */
const FEED_AUTHOR = 'Newsline';
/**
 * Ids when the site's origin is not known: a tag: URI (RFC 4151) under
 * this authority and date, then the page's path. Fixed, so an entry keeps
 * its id from build to build; with SITE_URL the ids are the pages' URLs.
 */
const TAG_PREFIX = 'tag:newsline,2025:';

/**
 * The timeline as an Atom feed (RFC 4287), one entry per event, newest
 * first. Every `updated` comes from the data (`dataStamp` of the feed, or
 * of the entry's own sources), so the same data gives the same feed. Ids
 * are stable and absolute: the event page's URL with SITE_URL, else a tag:
 * URI of its path. Text is escaped; the content is the summary rendered and
 * sanitized as the pages render it, the first quote and the sources.
 */
export function toAtom(timeline: Timeline, where: ExportSite, language = timeline.language ?? 'en'): string {
  const byId = new Map(timeline.sources.map((s) => [s.id, s]));
  const idOf = (path: string, link: string): string => (where.site ? link : `${TAG_PREFIX}${path}`);
  const home = siteLink('', where);
  const self = siteLink('feed.xml', where);
  const newestFirst = [...timeline.events].sort(compareEvents).reverse();
  const feedUpdated = dataStamp(timeline);
  const entries = newestFirst.map((event) => {
    const sources = eventSources(event, byId);
    const link = eventLink(event.id, where);
    const updated = sources.some((s) => s.published) ? dataStamp({ sources, events: [] }) : feedUpdated;
    return [
      '  <entry>',
      `    <id>${xmlText(idOf(`${where.base}events/${event.id}/`, link))}</id>`,
      `    <title type="text">${xmlText(event.title)}</title>`,
      `    <updated>${updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(link)}"/>`,
      `    <category term="${event.kind}"/>`,
      `    <content type="html">${xmlText(contentHtml(event, sources))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(language)}">`,
    `  <id>${xmlText(idOf(where.base, home))}</id>`,
    `  <title type="text">${xmlText(timeline.title)}</title>`,
    `  <updated>${feedUpdated}</updated>`,
    `  <author><name>${FEED_AUTHOR}</name></author>`,
    `  <generator>${FEED_AUTHOR}</generator>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(home)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The entry's body as HTML: the summary (sanitized Markdown), the first quote, and a list of its sources. */
function contentHtml(event: TimelineEvent, sources: readonly Source[]): string {
  const summary = event.summary.trim() ? renderSummaryHtml(event.summary) : '';
  const quote = event.mentions[0] ? `<blockquote><p>${xmlText(event.mentions[0].quote)}</p></blockquote>` : '';
  const items = sources.map((s) => {
    const name = xmlText(sourceName(s));
    return `<li>${s.url && /^https?:\/\//i.test(s.url) ? `<a href="${xmlText(s.url)}">${name}</a>` : name}</li>`;
  });
  return `${summary}${quote}${items.length > 0 ? `<ul>${items.join('')}</ul>` : ''}`;
}
