/**
 * A synthetic, deterministic `timeline.json` of any size that looks like a
 * real story's: n events over a story of a few dense months with burst
 * days, a lead-up and aftermath, background years long before, some planned
 * and some publication-dated events, month/year precision and ranges;
 * headline titles of at most 70 characters, summaries and quotes of real
 * lengths, actors from a cast where a few lead, mentions from articles
 * published around the event (n/20 articles by default), a few disputes, and
 * the key tier as the pipeline sets it (`keyEventCount` of the articles).
 * For the UI benchmark, the page-weight budgets and the e2e fixture site.
 *
 *   npx tsx scripts/bench-ui/syntheticTimeline.ts [events] [seed] > timeline.json
 */
import { mulberry32, pick, randInt, type Random } from '../bench/prng.ts';
import { keyEventCount } from '../../src/pipeline/events/assignTiers.ts';
import { compareEvents } from '../../src/pipeline/eventOrder.ts';
import { parseTimeline, type Diagnostic, type Dispute, type Mention, type Timeline, type TimelineEvent } from '../../src/pipeline/schema.ts';
import { backgroundEventDate, mainEventDate, plannedEventDate, publicationDate, type DatedEvent } from './syntheticDate.ts';
import { firstPublishedFrom, syntheticSources, type DatedSource } from './syntheticSources.ts';
import { DAY_MS, isBurstDay, storyShape, type StoryShape } from './syntheticStory.ts';
import { actorPool, headline, newsSentence, pickActors, slug, storyTitle, summaryText, type ActorPool } from './syntheticText.ts';

export interface SyntheticOptions {
  events: number;
  seed?: number;
  /** Articles; by default one for every 20 events (at least 5). */
  sources?: number;
  /** Key events; by default as many as the pipeline gives a story of this many articles. */
  key?: number;
}

/** One article for every 20 events, as in generated stories of a few hundred articles; at least the five of a small story. */
export const defaultSourceCount = (events: number): number => Math.max(5, Math.round(events / 20));

/** Most events are told by one or two articles; a few by dozens (a Pareto tail). */
const MAX_MENTIONS = 40;
/** How long after an event articles still report it, for picking its sources. */
const REPORTING_DAYS = 45;

type Draft = Omit<TimelineEvent, 'id' | 'tier' | 'salience'> & { at: number; busy: boolean };

interface Context {
  random: Random;
  story: StoryShape;
  sources: DatedSource[];
  cast: ActorPool;
}

/** The index range [lo, hi) of the sources that could tell an event, never empty. */
function reportingWindow(sources: readonly DatedSource[], from: number, to: number): [number, number] {
  const lo = Math.min(firstPublishedFrom(sources, from), sources.length - 1);
  return [lo, Math.max(lo + 1, firstPublishedFrom(sources, to))];
}

/** Distinct sources from the window, the first one given (when the event comes from a particular article). */
function mentionSources(random: Random, sources: readonly DatedSource[], [lo, hi]: [number, number], count: number, first?: DatedSource): DatedSource[] {
  const chosen = new Set<DatedSource>(first ? [first] : []);
  const wanted = Math.min(count, hi - lo + (first ? 1 : 0));
  for (let tries = 0; chosen.size < wanted && tries < wanted * 4; tries++) chosen.add(sources[randInt(random, lo, hi - 1)]!);
  return [...chosen];
}

function mention(random: Random, source: DatedSource, actors: readonly string[], expression: string): Mention {
  const quote = newsSentence(random, randInt(random, 16, 44), actors, expression);
  const start = randInt(random, 0, 6000);
  return { source: source.source.id, quote, start, end: start + quote.length, expression };
}

/** One event before ids, tiers and salience: its date, kind and status, and the articles that tell it. */
function draftEvent({ random, story, sources, cast }: Context): Draft {
  const roll = random();
  let dated: DatedEvent;
  let window: [number, number];
  let first: DatedSource | undefined;
  let kind: TimelineEvent['kind'] = 'main';
  let status: TimelineEvent['status'] = 'reported';
  if (roll < 0.06) {
    // Context: any article of the story may recall it.
    kind = 'background';
    dated = backgroundEventDate(random, story);
    window = [0, sources.length];
  } else if (roll < 0.11) {
    // Announced by one article, then told by those published before it happens.
    status = 'planned';
    first = pick(random, sources);
    dated = plannedEventDate(random, first.publishedOn);
    window = reportingWindow(sources, first.publishedOn - 30 * DAY_MS, dated.at);
  } else if (roll < 0.25) {
    // A headline's news of the day: dated by its article, told by that day's coverage.
    first = pick(random, sources);
    dated = publicationDate(first.publishedOn);
    window = reportingWindow(sources, first.publishedOn, first.publishedOn + 2 * DAY_MS);
  } else {
    dated = mainEventDate(random, story);
    const reportedFrom = Math.max(dated.at, story.coreStart);
    window = reportingWindow(sources, dated.at, reportedFrom + REPORTING_DAYS * DAY_MS);
  }
  const toTheDay = dated.date.precision === 'day' || dated.date.precision === 'minute';
  const busy = toTheDay && isBurstDay(story, Date.parse(`${dated.date.start.slice(0, 10)}T00:00Z`));
  const count = Math.min(MAX_MENTIONS, Math.floor(random() ** (-1 / 1.3) * (busy ? 1.5 : 1)));
  const actors = pickActors(random, cast);
  const tellers = mentionSources(random, sources, window, Math.max(1, count), first);
  return {
    at: dated.at,
    busy,
    date: dated.date,
    status,
    title: headline(random, actors),
    summary: summaryText(random, actors),
    kind,
    actors,
    mentions: tellers.map((s) => mention(random, s, actors, dated.expression)),
    disputes: [],
  };
}

/** Sources disagree on a count now and then, when there are two sources to disagree. */
function maybeDispute(random: Random, draft: Draft): Dispute[] {
  const ids = [...new Set(draft.mentions.map((m) => m.source))];
  if (ids.length < 2 || random() > 0.04) return [];
  const about = pick(random, ['killed', 'injured', 'detained', 'turnout', 'who initiated the talks']);
  const split = randInt(random, 1, ids.length - 1);
  const value = randInt(random, 2, 40);
  const values = about === 'who initiated the talks' ? [draft.actors[0] ?? 'the council', 'the ministry'] : [String(value), String(value + randInt(random, 1, 5))];
  return [{ about, accounts: [{ value: values[0]!, sources: ids.slice(0, split) }, { value: values[1]!, sources: ids.slice(split) }] }];
}

/** Salience as the pipeline ranks events: more articles, burst days, exact dates, reported and main events count. */
function salienceOf(random: Random, draft: Draft): number {
  const articles = new Set(draft.mentions.map((m) => m.source)).size;
  const coarse = draft.date.precision === 'year' || draft.date.precision === 'month';
  const score =
    1.2 * Math.log2(1 + articles) + (draft.busy ? 0.6 : 0) + 0.8 * random() - (coarse ? 0.7 : 0) - (draft.status === 'planned' ? 0.4 : 0) - (draft.kind === 'background' ? 1.2 : 0);
  return Math.round(Math.max(0, score) * 100) / 100;
}

/** A stable id as the pipeline makes them: the day, then a few title words; a number only on a clash. */
function uniqueId(used: Set<string>, draft: Draft): string {
  const base = `${draft.date.start.slice(0, 10)}-${slug(draft.title, 3) || 'event'}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** The most salient main events are key, as `assignTiers` does (its count or the one asked for). */
function withTiers(events: TimelineEvent[], keyCount: number): TimelineEvent[] {
  const key = new Set(
    events
      .filter((e) => e.kind === 'main')
      .sort((a, b) => b.salience - a.salience || compareEvents(a, b))
      .slice(0, keyCount)
      .map((e) => e.id),
  );
  return events.map((e) => ({ ...e, tier: key.has(e.id) ? 'key' : 'more' }));
}

/** The diagnostics a real build of these articles would report: inferred publication dates. */
function diagnosticsOf(sources: readonly DatedSource[]): Diagnostic[] {
  return sources
    .filter((s) => s.source.published?.inferred)
    .map((s) => ({ file: s.source.file, level: 'info', message: `publication date ${s.source.published!.date} inferred from the dates it shares with other articles` }));
}

export function syntheticTimeline({ events, seed = 1, sources: sourceCount = defaultSourceCount(events), key }: SyntheticOptions): Timeline {
  if (!Number.isInteger(events) || events < 0) throw new Error(`events must be a whole number ≥ 0, not ${events}`);
  const random = mulberry32(seed);
  const story = storyShape(random, events);
  const sources = syntheticSources(random, Math.max(1, sourceCount), story);
  const cast = actorPool(random, 12 + Math.round(2 * Math.sqrt(events)));
  const context: Context = { random, story, sources, cast };
  const used = new Set<string>();
  const list: TimelineEvent[] = Array.from({ length: events }, () => {
    const draft = draftEvent(context);
    const { at: _at, busy: _busy, ...fields } = draft;
    return { ...fields, id: uniqueId(used, draft), tier: 'more', salience: salienceOf(random, draft), disputes: maybeDispute(random, draft) };
  });
  const keyCount = key ?? keyEventCount(sources.length);
  const cited = new Set(list.flatMap((e) => e.mentions.map((m) => m.source)));
  return parseTimeline({
    version: 1,
    title: storyTitle(random),
    language: 'en',
    sources: sources.map(({ source }) => (cited.has(source.id) ? source : { ...source, note: 'no sentence in it ties a happening to a date' })),
    events: withTiers(list, keyCount).sort(compareEvents),
    diagnostics: diagnosticsOf(sources),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [events, seed] = process.argv.slice(2).map(Number);
  process.stdout.write(`${JSON.stringify(syntheticTimeline({ events: events || 1000, seed: seed || 1 }), null, 2)}\n`);
}
