import type { Timeline, TimelineEvent } from '../schema.ts';
import { compareEvents } from '../eventOrder.ts';

/**
 * Minor ("more") events kept per key event: the rest of the story stays one
 * step away, but a 400-article story's long tail of one-sentence asides does
 * not bury it (or outweigh its articles).
 */
export const MORE_PER_KEY = 3;

/**
 * A timeline of a readable size: every key event, and the most salient
 * minor events up to MORE_PER_KEY for each key one. Returns the kept events
 * in their order and how many were left out.
 */
export function limitMinorEvents(events: readonly TimelineEvent[]): { events: TimelineEvent[]; left: number } {
  const key = events.filter((e) => e.tier === 'key').length;
  const room = Math.max(key, 1) * MORE_PER_KEY;
  const minor = events.filter((e) => e.tier === 'more');
  if (minor.length <= room) return { events: [...events], left: 0 };
  const kept = new Set(
    [...minor]
      .sort((a, b) => b.salience - a.salience || compareEvents(a, b))
      .slice(0, room)
      .map((e) => e.id),
  );
  const out = events.filter((e) => e.tier === 'key' || kept.has(e.id));
  return { events: out, left: events.length - out.length };
}

/**
 * The timeline with its minor events limited: sources that lost every event
 * say why, and an info diagnostic says how many events were left out.
 */
export function limitTimeline(timeline: Timeline): Timeline {
  const limited = limitMinorEvents(timeline.events);
  if (limited.left === 0) return timeline;
  const cited = new Set(limited.events.flatMap((e) => e.mentions.map((m) => m.source)));
  return {
    ...timeline,
    events: limited.events,
    sources: timeline.sources.map((s) => (cited.has(s.id) || s.note ? s : { ...s, note: 'its dated sentences made only minor events, left out to keep the timeline readable' })),
    diagnostics: [
      ...timeline.diagnostics,
      { file: 'timeline.json', level: 'info', message: `${limited.left} minor events left out: the timeline keeps the ${MORE_PER_KEY} most salient minor events for each key event` },
    ],
  };
}
