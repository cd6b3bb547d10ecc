import { DateTime } from 'luxon';
import type { Mention, TimelineEvent } from '../schema.ts';
import { compareEvents } from '../eventOrder.ts';
import { isDated, type DateInterval, type DatedMention } from './types.ts';
import { firstDay, lastDay } from '../isoDate.ts';
import { dot, sumVectors, type TermVector } from './termVectors.ts';
import { cutAtWord, MAX_TITLE_LENGTH, titleFromMention } from './titleFromMention.ts';
import { nameUse, rankActors } from './findActors.ts';
import { mergeNameVariants } from './mergeNameVariants.ts';
import { eventId } from './eventId.ts';
import { findClaims } from './findClaims.ts';
import { findDisputes } from './findDisputes.ts';
import { scoreSalience } from './scoreSalience.ts';
import { contentTerms } from './contentTerms.ts';
import { appendTo } from './appendTo.ts';

/** The story's core time span: events wholly outside it are background unless several sources recount them. */
export interface StorySpan {
  start: string;
  end: string;
}

/** What the whole story tells about its own time: the span, and how many articles were published each day. */
export interface StoryContext {
  span: StorySpan;
  /** Articles published on each day (YYYY-MM-DD). */
  publicationDays: ReadonlyMap<string, number>;
}

/** An event outside the story's span is still part of it when this many sources recount it (not just compare with it). */
const RECOUNTED_BY = 2;
/** An event's summary is its few most central sentences: the gist, not the coverage (three scored best on bench:stories). */
const MAX_SUMMARY_SENTENCES = 3;
/** …within a short paragraph. */
const MAX_SUMMARY_LENGTH = 520;
/** Two sentences sharing this share of all their words (Jaccard) say the same thing: one is enough. A lead that spells out its headline is no duplicate of it. */
const NEAR_DUPLICATE = 0.6;
/** A sentence that dates the event speaks for it a little better than one attached to it. */
const DATED_BONUS = 0.1;
/** Summaries and actors read an event's first mentions only: enough to speak for it, and a bounded cost per event. */
const SAMPLE = 200;
/** Articles published this many days after a happening still report it as news. */
const BURST_DAYS = 2;

/** Finer precision ranks higher when choosing an event's date. */
const precisionRank: Record<string, number> = { year: 0, month: 1, day: 2, minute: 3 };

export function isWithinSpan(interval: DateInterval, span: StorySpan): boolean {
  return lastDay(interval.end) >= span.start && firstDay(interval.start) <= span.end;
}

/** A date range's length in milliseconds, from its first to its last day. */
const rangeLength = (i: DateInterval): number => Date.parse(lastDay(i.end)) - Date.parse(firstDay(i.start)) || 0;

/** The event's date: an expression's over a publication day, then the finest, then the shortest range. */
function finestInterval(mentions: readonly DatedMention[]): DateInterval {
  const dated = mentions.filter(isDated);
  const expressed = dated.filter((m) => m.basis === 'expression');
  return (expressed.length ? expressed : dated)
    .map((m) => m.interval)
    .sort((a, b) => precisionRank[b.precision]! - precisionRank[a.precision]! || rangeLength(a) - rangeLength(b) || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))[0]!;
}

const attribution = /^[^,.]{0,80}\b(said|says|told|announced|noted|stated|reported|added|confirmed)\b( that)?/i;
/** How much a lead-position sentence is preferred as the event's voice. */
const LEAD_BONUS = 0.1;
/** Penalties on a candidate voice: an attribution lead, a pronoun subject, a variant spelling, a comparison, length. */
const ATTRIBUTION_PENALTY = 0.15;
const PRONOUN_PENALTY = 0.15;
const VARIANT_PENALTY = 0.3;
const COMPARISON_PENALTY = 0.3;
const LONG_PENALTY = 0.1;
const LONG_SENTENCE = 220;

/** A mention's own sentence, without the context sentence its quote may carry. */
const ownSentence = (m: DatedMention): string => m.quote.slice(m.sentence.start - m.start, m.sentence.end - m.start);

/**
 * The mention whose words best speak for the event: central to the others,
 * at the event's own date, near its article's lead, not led by an
 * attribution, and spelling names as most sources do.
 */
function representative(
  mentions: readonly DatedMention[],
  interval: DateInterval,
  vectorOf: (m: DatedMention) => TermVector,
  variantSpelling: (quote: string) => boolean,
): DatedMention {
  const candidates = mentions.filter((m) => isDated(m) && m.interval.start === interval.start && m.interval.end === interval.end);
  let best = candidates[0] ?? mentions[0]!;
  let bestScore = -Infinity;
  // Mean similarity to the others through the sum of all vectors: linear in the event's size.
  const sum = sumVectors(mentions.map(vectorOf));
  for (const m of candidates) {
    const centrality = (dot(vectorOf(m), sum) - 1) / Math.max(1, mentions.length - 1);
    const own = ownSentence(m);
    const score =
      centrality +
      (m.sentenceIndex <= 2 ? LEAD_BONUS : 0) -
      (attribution.test(own) ? ATTRIBUTION_PENALTY : 0) -
      (/^(it|this|that|these|they|he|she|there)\b/i.test(own.trim()) ? PRONOUN_PENALTY : 0) -
      (variantSpelling(m.quote) ? VARIANT_PENALTY : 0) -
      (m.comparison ? COMPARISON_PENALTY : 0) -
      (own.length > LONG_SENTENCE ? LONG_PENALTY : 0);
    if (score > bestScore + 1e-9) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The event's most central sentences across all its articles, most central
 * first, without near-duplicates: each mention's own sentence (dated ones
 * slightly preferred), scored by its similarity to the event's mentions.
 */
function summarize(mentions: readonly DatedMention[], vectorOf: (m: DatedMention) => TermVector, without?: DatedMention): string {
  const pool = mentions.slice(0, SAMPLE).filter((m) => m !== without);
  const sum = sumVectors(pool.map(vectorOf));
  const ranked = pool
    .map((m) => ({ m, text: oneLine(ownSentence(m)), centrality: dot(vectorOf(m), sum) - (pool.length > 1 ? 1 : 0) + (isDated(m) ? DATED_BONUS : 0) }))
    .filter((c) => /\p{L}/u.test(c.text))
    .sort((a, b) => b.centrality - a.centrality || a.m.sourceIndex - b.m.sourceIndex || a.m.start - b.m.start);
  const chosen: { text: string; terms: Set<string> }[] = [];
  for (const candidate of ranked) {
    if (chosen.length >= MAX_SUMMARY_SENTENCES) break;
    const terms = new Set(contentTerms(candidate.text));
    if (chosen.some((c) => overlap(c.terms, terms) >= NEAR_DUPLICATE)) continue;
    const length = chosen.reduce((n, c) => n + c.text.length + 1, 0) + candidate.text.length;
    if (chosen.length > 0 && length > MAX_SUMMARY_LENGTH) continue;
    chosen.push({ text: candidate.text, terms });
  }
  // Summaries are Markdown (an editor may rewrite them); extracted words are shown as written.
  return chosen.map((c) => c.text).join(' ').replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** Share of all their terms the two sets have in common (Jaccard). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return a.size === b.size ? 1 : 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** A title for the event: its voice's headline, else its dated sentence as written, else its summary's first words. */
function titleOf(lead: DatedMention, summary: string, language: string, names: readonly string[]): string {
  const own = ownSentence(lead);
  const headline = titleFromMention(own, lead.expression, language, names);
  if (headline) return headline;
  const plain = oneLine(own).replace(/[.\s]+$/, '');
  if (/\p{L}{2}/u.test(plain)) return cutAtWord(plain, MAX_TITLE_LENGTH);
  return cutAtWord(summary.replace(/\\(.)/g, '$1').replace(/[.\s]+$/, ''), MAX_TITLE_LENGTH);
}

const wordsOf = (text: string): string => text.replace(/\\(.)/g, '$1').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** Whether two texts have the same words, whatever their punctuation and Markdown escapes. */
const sameWords = (a: string, b: string): boolean => wordsOf(a) === wordsOf(b);

/** A person's full name as the actors list gives it: "Maria Lopez", "Jean-Paul de Vries". */
const personName = /^\p{Lu}[\p{L}'’-]+(?: (?:de |van |von |al-)?\p{Lu}[\p{L}'’-]+)+$/u;

/** "He resigns": a headline names who. The event's most cited person stands in for a leading he or she. */
function namePronounSubject(title: string, actors: readonly string[]): string {
  const person = actors.find((a) => personName.test(a));
  return person && /^(?:He|She)\s/.test(title) ? title.replace(/^(?:He|She)\b/, person) : title;
}

/** The event's own dated words, by source: its id rests on them, not on what was attached to it. */
function datedQuotesBySource(mentions: readonly DatedMention[]): Map<string, string[]> {
  const quotes = new Map<string, string[]>();
  for (const m of mentions) if (isDated(m)) appendTo(quotes, m.source, m.quote);
  return quotes;
}

/** Articles published on a day or in the few days after it. */
function burstAt(day: string, publicationDays: ReadonlyMap<string, number>): number {
  const start = DateTime.fromISO(day, { zone: 'utc' });
  if (!start.isValid) return 0;
  let count = 0;
  for (let d = 0; d <= BURST_DAYS; d++) count += publicationDays.get(start.plus({ days: d }).toISODate()!) ?? 0;
  return count;
}

/** The articles that date something to each day, over every cluster (comparisons aside). */
function sourcesByDay(clusters: readonly (readonly DatedMention[])[]): Map<string, Set<string>> {
  const days = new Map<string, Set<string>>();
  for (const cluster of clusters) {
    for (const m of cluster) {
      if (!isDated(m) || m.comparison || (m.interval.precision !== 'day' && m.interval.precision !== 'minute')) continue;
      const day = firstDay(m.interval.start);
      days.set(day, (days.get(day) ?? new Set()).add(m.source));
    }
  }
  return days;
}

const byPosition = (a: DatedMention, b: DatedMention): number => a.sourceIndex - b.sourceIndex || a.start - b.start;

/**
 * One timeline event per cluster of mentions: date, title and summary from
 * the sources' own words, actors, kind, status, salience, disputes and a
 * stable id. Tiers are set later, over the whole story.
 */
export function buildEvents(
  clusters: readonly DatedMention[][],
  vectorOf: (m: DatedMention) => TermVector,
  story: StoryContext,
  languageOf: (source: string) => string = () => 'en',
): TimelineEvent[] {
  const daySources = sourcesByDay(clusters);
  const events = clusters.map((cluster) => {
    const mentions = [...cluster].sort(byPosition);
    const interval = finestInterval(mentions);
    const dated = mentions.filter(isDated);
    const expressed = dated.some((m) => m.basis === 'expression');

    const sampled = new Map<string, string[]>();
    for (const m of mentions.slice(0, SAMPLE)) appendTo(sampled, m.source, m.quote);
    const names = nameUse(sampled, languageOf);
    const canonical = mergeNameVariants(names.counts);
    const variants = [...canonical].filter(([name, actor]) => name !== actor && !actor.split(' ').includes(name)).map(([name]) => name);
    const lead = representative(mentions, interval, vectorOf, (quote) => variants.some((v) => quote.includes(v)));

    const withinSpan = isWithinSpan(interval, story.span);
    const recounting = new Set(mentions.filter((m) => !m.comparison).map((m) => m.source));
    const main = recounting.size > 0 && (withinSpan || recounting.size >= RECOUNTED_BY);
    // Planned only when no article reports it as having happened.
    const planned = dated.length > 0 && dated.every((m) => m.status === 'planned');
    const claims = mentions.flatMap((m) => findClaims(m.quote).map((c) => ({ ...c, source: m.source, sentence: `${m.source}@${m.start}` })));
    const contractMentions: Mention[] = mentions.map((m) => ({ source: m.source, quote: m.quote, start: m.start, end: m.end, expression: m.expression }));
    const firstSummary = summarize(mentions, vectorOf);
    const actors = rankActors(names, canonical);
    const title = namePronounSubject(titleOf(lead, firstSummary, languageOf(lead.source), actors), actors);
    // A summary that only repeats the title says nothing more: tell the event by its other sentences, if it has any.
    const summary = sameWords(title, firstSummary) ? summarize(mentions, vectorOf, lead) || firstSummary : firstSummary;
    const basis = expressed ? 'expression' : 'publication';
    const event: TimelineEvent = {
      id: eventId(interval.start, datedQuotesBySource(mentions)),
      date: interval.end === interval.start ? { start: interval.start, precision: interval.precision, basis } : { start: interval.start, end: interval.end, precision: interval.precision, basis },
      status: planned ? 'planned' : 'reported',
      tier: 'more',
      title,
      summary,
      kind: main ? 'main' : 'background',
      salience: scoreSalience({
        sources: new Set(dated.map((m) => m.source)).size,
        mentions: mentions.length,
        earliestSentence: dated.reduce((least, m) => Math.min(least, m.sentenceIndex), Infinity),
        burst: interval.precision === 'day' || interval.precision === 'minute' ? burstAt(firstDay(interval.start), story.publicationDays) : 0,
        daySources: interval.precision === 'day' || interval.precision === 'minute' ? daySources.get(firstDay(interval.start))?.size ?? 0 : 0,
        withinSpan: main,
        planned,
        precision: interval.precision,
      }),
      actors,
      mentions: contractMentions,
      disputes: findDisputes(claims),
    };
    return event;
  });
  return uniqueIds(events).sort(compareEvents);
}

/** Two events with the same date and key words get -2, -3… in their order of first mention. */
function uniqueIds(events: TimelineEvent[]): TimelineEvent[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const count = (seen.get(event.id) ?? 0) + 1;
    seen.set(event.id, count);
    return count === 1 ? event : { ...event, id: `${event.id}-${count}` };
  });
}
