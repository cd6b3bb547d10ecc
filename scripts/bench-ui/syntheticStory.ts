/**
 * The time shape of a synthetic story: where its events fall. Real coverage
 * is dense over a few months, with bursts on the days something big happens,
 * a thinner lead-up and aftermath, and background years long before.
 */
import { pick, randInt, type Random } from '../bench/prng.ts';

export const DAY_MS = 86_400_000;

export interface StoryShape {
  /** The first day (UTC midnight, ms) of the story's core months. */
  coreStart: number;
  /** Length of the core, in days. */
  coreDays: number;
  /** Days (ms) where coverage bursts. */
  burstDays: number[];
  /** Years the background events are set in. */
  contextYears: number[];
}

/** A story of `events` events: a core of about four months, more burst days the bigger it is. */
export function storyShape(random: Random, events: number): StoryShape {
  // A fixed era keeps output byte-identical for a seed; the day within it varies.
  const coreStart = Date.UTC(2025, 0, 1) + randInt(random, 0, 300) * DAY_MS;
  const coreDays = randInt(random, 90, 150);
  const bursts = 3 + Math.round(Math.log2(Math.max(events, 2)));
  const burstDays = Array.from({ length: bursts }, () => coreStart + randInt(random, 0, coreDays - 1) * DAY_MS);
  const coreYear = new Date(coreStart).getUTCFullYear();
  const contextYears = Array.from({ length: randInt(random, 3, 6) }, () => coreYear - randInt(random, 1, 40));
  return { coreStart, coreDays, burstDays, contextYears };
}

/**
 * A day (ms) on which a reported main event happens: a burst day a quarter
 * of the time, the core months (front-loaded: the story breaks, then
 * tails off) most of the time, the lead-up or aftermath otherwise.
 */
export function storyDay(random: Random, story: StoryShape): number {
  const roll = random();
  if (roll < 0.25) return pick(random, story.burstDays);
  if (roll < 0.87) return story.coreStart + Math.floor(story.coreDays * random() ** 1.4) * DAY_MS;
  if (roll < 0.95) return story.coreStart - randInt(random, 1, 540) * DAY_MS;
  return story.coreStart + (story.coreDays + randInt(random, 0, 120)) * DAY_MS;
}

/** Whether a day is one of the story's burst days. */
export function isBurstDay(story: StoryShape, day: number): boolean {
  return story.burstDays.includes(day);
}
