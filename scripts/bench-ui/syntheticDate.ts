/**
 * An event's date in a synthetic story, with the temporal expression an
 * article would have used for it. The mix follows real output: mostly days,
 * some minutes on busy days, months and years for coarse or background
 * facts, a few ranges.
 */
import { pick, randInt, type Random } from '../bench/prng.ts';
import type { TimelineEvent } from '../../src/pipeline/schema.ts';
import { DAY_MS, isBurstDay, storyDay, type StoryShape } from './syntheticStory.ts';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DatedEvent {
  date: TimelineEvent['date'];
  /** What the article said ("on 12 March"); empty for a publication-day date. */
  expression: string;
  /** The instant the event starts (ms), to find the articles that could report it. */
  at: number;
}

const two = (n: number): string => String(n).padStart(2, '0');
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayWords = (ms: number): string => `${new Date(ms).getUTCDate()} ${MONTH_NAMES[new Date(ms).getUTCMonth()]}`;
const monthWords = (ms: number): string => `${MONTH_NAMES[new Date(ms).getUTCMonth()]} ${new Date(ms).getUTCFullYear()}`;

/** A date of the given day at some precision, or a short range from it. */
function atPrecision(random: Random, day: number, busy: boolean): DatedEvent {
  const roll = random();
  // Times of day are told for the hours of a breaking story, so mostly on its burst days.
  if (roll < (busy ? 0.12 : 0.015)) {
    const hour = randInt(random, 5, 23);
    const minute = pick(random, [0, 10, 15, 30, 40, 45, 50]);
    return {
      date: { start: `${isoDay(day)}T${two(hour)}:${two(minute)}+02:00`, precision: 'minute', basis: 'expression' },
      expression: `at ${two(hour)}:${two(minute)} on ${dayWords(day)}`,
      at: day + (hour - 2) * 3_600_000 + minute * 60_000,
    };
  }
  if (roll < 0.2) {
    const month = isoDay(day).slice(0, 7);
    return { date: { start: month, precision: 'month', basis: 'expression' }, expression: `in ${monthWords(day)}`, at: Date.parse(`${month}-01T00:00Z`) };
  }
  if (roll < 0.21) {
    const year = isoDay(day).slice(0, 4);
    return { date: { start: year, precision: 'year', basis: 'expression' }, expression: `in ${year}`, at: Date.parse(`${year}-01-01T00:00Z`) };
  }
  if (roll < 0.27) {
    const end = day + randInt(random, 1, 9) * DAY_MS;
    return {
      date: { start: isoDay(day), end: isoDay(end), precision: 'day', basis: 'expression' },
      expression: `from ${dayWords(day)} to ${dayWords(end)}`,
      at: day,
    };
  }
  return { date: { start: isoDay(day), precision: 'day', basis: 'expression' }, expression: `on ${dayWords(day)}`, at: day };
}

/** A reported main event's date, anywhere in the story's time shape. */
export function mainEventDate(random: Random, story: StoryShape): DatedEvent {
  const day = storyDay(random, story);
  return atPrecision(random, day, isBurstDay(story, day));
}

/** A background event: in one of the story's context years, mostly known only to the year or month. */
export function backgroundEventDate(random: Random, story: StoryShape): DatedEvent {
  const year = pick(random, story.contextYears);
  const roll = random();
  if (roll < 0.55) return { date: { start: String(year), precision: 'year', basis: 'expression' }, expression: `in ${year}`, at: Date.UTC(year, 0, 1) };
  const month = randInt(random, 0, 11);
  const at = Date.UTC(year, month, 1);
  if (roll < 0.85) return { date: { start: isoDay(at).slice(0, 7), precision: 'month', basis: 'expression' }, expression: `in ${monthWords(at)}`, at };
  const day = at + randInt(random, 0, 27) * DAY_MS;
  return { date: { start: isoDay(day), precision: 'day', basis: 'expression' }, expression: `on ${dayWords(day)} ${year}`, at: day };
}

/** A planned event: announced for a day after it was reported, often known only to the month. */
export function plannedEventDate(random: Random, announcedOn: number): DatedEvent {
  const day = announcedOn + randInt(random, 1, 60) * DAY_MS;
  if (random() < 0.2) {
    const month = isoDay(day).slice(0, 7);
    return { date: { start: month, precision: 'month', basis: 'expression' }, expression: `in ${monthWords(day)}`, at: Date.parse(`${month}-01T00:00Z`) };
  }
  return { date: { start: isoDay(day), precision: 'day', basis: 'expression' }, expression: `on ${dayWords(day)}`, at: day };
}

/** A publication-day date: the article's own day, no expression ("reported 12 March"). */
export function publicationDate(publishedOn: number): DatedEvent {
  return { date: { start: isoDay(publishedOn), precision: 'day', basis: 'publication' }, expression: '', at: publishedOn };
}
