import type { Timeline, TimelineEvent } from '../../src/pipeline/schema.ts';
import type { RankedDay } from './rankedDay.ts';
import { dayOf } from '../../src/pipeline/isoDate.ts';

/** Markdown's backslash escapes (\*, \_, \[ …): the reader sees the bare character, so ROUGE should too. */
const plain = (markdown: string): string => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');


/**
 * Our timeline's days, most important first: events dated to a day (or a
 * minute) ranked by tier (key first), then salience, then date; each day
 * once, where its best event puts it. Events spanning several days are left
 * out: they name no one day. A day's text is its top event's summary: what
 * a reader sees first for that day, and the strictest reading (the day must
 * be told by one event, not pieced together from several).
 */
export function rankedDays(timeline: Timeline): RankedDay[] {
  const dated = timeline.events.filter(
    (e) => (e.date.precision === 'day' || e.date.precision === 'minute') && (e.date.end === undefined || dayOf(e.date.end) === dayOf(e.date.start)),
  );
  const ranked = [...dated].sort(
    (a, b) =>
      Number(b.tier === 'key') - Number(a.tier === 'key') ||
      b.salience - a.salience ||
      (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const byDay = new Map<string, TimelineEvent[]>();
  for (const event of ranked) {
    const day = dayOf(event.date.start);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  return [...byDay].map(([day, events]) => {
    return { day, text: plain(events[0]!.summary), basis: events[0]!.date.basis };
  });
}
