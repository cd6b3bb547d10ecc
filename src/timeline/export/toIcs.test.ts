import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toIcs } from './toIcs';
import { exportTimeline } from './exportFixture';

function vevents(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

const value = (event: ICAL.Component, name: string): string => String(event.getFirstPropertyValue(name));

describe('toIcs', () => {
  const timeline = exportTimeline();
  const ics = toIcs(timeline, { base: '/', site: 'https://example.org' });
  const byUid = new Map(vevents(ics).map((e) => [value(e, 'uid'), e]));
  const event = (id: string): ICAL.Component => byUid.get(`${id}@example.org`)!;

  it('parses, with one VEVENT per event and a UID made from its id', () => {
    expect(vevents(ics)).toHaveLength(timeline.events.length);
    for (const e of timeline.events) expect(byUid.has(`${e.id}@example.org`)).toBe(true);
  });

  it('gives each precision its span: a day, a whole month, a whole year, a range', () => {
    const span = (id: string): [string, string, boolean] => {
      const start = event(id).getFirstPropertyValue('dtstart') as ICAL.Time;
      return [start.toString(), value(event(id), 'dtend'), start.isDate];
    };
    expect(span('2031-05-04-council-vote')).toEqual(['2031-05-04', '2031-05-05', true]);
    expect(span('2031-02-winter-session')).toEqual(['2031-02-01', '2031-03-01', true]);
    expect(span('2030-budget-year')).toEqual(['2030-01-01', '2031-01-01', true]);
    expect(span('2031-05-06-talks')).toEqual(['2031-05-06', '2031-05-09', true]);
  });

  it('gives a time in UTC when the data has an offset, floating when it has none', () => {
    const zoned = event('2031-05-07-hearing').getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([zoned.isDate, zoned.toString(), zoned.zone?.tzid]).toEqual([false, '2031-05-07T07:30:00Z', 'UTC']);
    const floating = event('2031-05-08-recess').getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([floating.toString(), floating.zone?.tzid]).toEqual(['2031-05-08T18:00:00', 'floating']);
    expect(event('2031-05-08-recess').hasProperty('dtend')).toBe(false);
  });

  it('stamps every event with the latest publication date, not the build time', () => {
    expect(ics.split('\r\n').filter((l) => l.startsWith('DTSTAMP:'))).toEqual(Array(timeline.events.length).fill('DTSTAMP:20310509T061500Z'));
    expect(toIcs(timeline, { base: '/', site: 'https://example.org' })).toBe(ics);
  });

  it('escapes text and links the event page', () => {
    const vote = event('2031-05-04-council-vote');
    expect(value(vote, 'summary')).toBe(timeline.events[2]!.title);
    expect(value(vote, 'description')).toContain('commas, and; semicolons \\ backslash.');
    expect(value(vote, 'description')).toContain('— Outlet s2, Report s2, https://news.example.org/s2');
    expect(value(vote, 'url')).toBe('https://example.org/events/2031-05-04-council-vote/');
    expect(value(event('2031-05-06-talks'), 'status')).toBe('TENTATIVE');
  });

  it('ends lines in CRLF and keeps every line within 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('without SITE_URL, the UID names the base path and a host that is no one\'s', () => {
    const uids = vevents(toIcs(timeline, { base: '/news/timeline/' })).map((e) => value(e, 'uid'));
    expect(uids).toContain('2031-05-04-council-vote.news.timeline@newsline.invalid');
    expect(toIcs(timeline, { base: '/news/timeline/' })).not.toContain('URL:');
    expect(toIcs(timeline, { base: '/news/timeline/', site: 'https://example.org' })).toContain('URL:https://example.org/news/timeline/events/2031-05-04-council-vote/');
  });
});
