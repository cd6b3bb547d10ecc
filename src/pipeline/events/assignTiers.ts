import type { TimelineEvent } from '../schema.ts';
import { compareEvents } from '../eventOrder.ts';

/** Key events for a five-article story: a reader's first screenfuls. */
const KEY_EVENTS_AT_FIVE = 10;
/** Key events grow slowly with the story: about 60 at 300 articles (10 · 60^0.43 ≈ 58). */
const KEY_GROWTH = 0.43;

/** How many key events a story of this many articles gets. */
export function keyEventCount(articles: number): number {
  return Math.max(1, Math.round(KEY_EVENTS_AT_FIVE * Math.pow(Math.max(articles, 1) / 5, KEY_GROWTH)));
}

/**
 * Marks the story's most salient main events "key" (they lead the page) and
 * the rest "more". Background and incidental events are never key: the key
 * list is what the story itself is about. Returns new events, in the same order.
 */
export function assignTiers(events: readonly TimelineEvent[], articles: number): TimelineEvent[] {
  const ranked = events
    .filter((e) => e.kind === 'main')
    .sort((a, b) => b.salience - a.salience || compareEvents(a, b))
    .slice(0, keyEventCount(articles));
  const key = new Set(ranked.map((e) => e.id));
  return events.map((e) => ({ ...e, tier: key.has(e.id) ? 'key' : 'more' }));
}
