import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toAtom } from './toAtom';
import { exportTimeline } from './exportFixture';

interface Entry {
  id: string;
  title: string | { '#text': string };
  updated: string;
  link: { '@_href': string };
  content: string | { '#text': string };
}

const text = (v: string | { '#text': string }): string => (typeof v === 'string' ? v : v['#text']);

function entries(xml: string): Entry[] {
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml).feed;
  return feed.entry as Entry[];
}

describe('toAtom', () => {
  const timeline = exportTimeline();
  const feed = toAtom(timeline, { base: '/', site: 'https://example.org' });

  it('is well-formed XML with one entry per event, newest first', () => {
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(entries(feed).map((e) => e.id)).toEqual(
      [...timeline.events].reverse().map((e) => `https://example.org/events/${e.id}/`),
    );
  });

  it('escapes markup in titles: a <script> in a title stays text', () => {
    expect(feed).not.toContain('<script>');
    expect(feed).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const vote = entries(feed).find((e) => e.id.endsWith('/2031-05-04-council-vote/'))!;
    expect(text(vote.title)).toBe(timeline.events[2]!.title);
  });

  it('dates the feed and each entry from the data, the same on every build', () => {
    expect(feed).toContain('<updated>2031-05-09T06:15:00Z</updated>');
    const vote = entries(feed).find((e) => e.id.endsWith('/2031-05-04-council-vote/'))!;
    expect(vote.updated).toBe('2031-05-09T06:15:00Z');
    const other = entries(feed).find((e) => e.id.endsWith('/2031-02-winter-session/'))!;
    expect(other.updated).toBe('2031-05-06T00:00:00Z');
    expect(toAtom(timeline, { base: '/', site: 'https://example.org' })).toBe(feed);
  });

  it('links each entry to its event page, and carries the sanitized summary', () => {
    const vote = entries(feed).find((e) => e.id.endsWith('/2031-05-04-council-vote/'))!;
    expect(vote.link['@_href']).toBe('https://example.org/events/2031-05-04-council-vote/');
    // The parser decodes the escaped HTML back to the markup a feed reader renders.
    expect(text(vote.content)).toContain('<strong>summary</strong>');
    expect(text(vote.content)).toContain('<a href="https://news.example.org/s2">Outlet s2</a>');
  });

  it('without SITE_URL, ids are tag: URIs of the page paths, still absolute and stable', () => {
    const local = toAtom(timeline, { base: '/news/' });
    expect(XMLValidator.validate(local)).toBe(true);
    const ids = entries(local).map((e) => e.id);
    expect(ids).toContain('tag:newsline,2025:/news/events/2031-05-04-council-vote/');
    expect(new Set(ids).size).toBe(ids.length);
    expect(local).toContain('<id>tag:newsline,2025:/news/</id>');
  });
});
