import type { Mention, TimelineEvent } from '../schema.ts';
import type { DateInterval, DatedMention } from './types.ts';
import { firstDay, lastDay } from './dateBounds.ts';
import { dot, sumVectors, type TermVector } from './termVectors.ts';
import { titleFromMention } from './titleFromMention.ts';
import { nameUse, rankActors } from './findActors.ts';
import { mergeNameVariants } from './mergeNameVariants.ts';
import { eventId } from './eventId.ts';
import { findClaims } from './findClaims.ts';
import { findDisputes } from './findDisputes.ts';
import { scoreSalience } from './scoreSalience.ts';
import { segmentSentences } from './segmentSentences.ts';
import { contentTerms } from './contentTerms.ts';

/** The story's core time span: events wholly outside it are background unless several sources recount them. */
export interface StorySpan {
  start: string;
  end: string;
}

/** An event outside the story's span is still part of it when this many sources recount it (not just compare with it). */
const RECOUNTED_BY = 2;
const MAX_SUMMARY_SENTENCES = 3;
const MAX_SUMMARY_LENGTH = 480;
/** Summaries and actors read an event's first mentions only: enough to speak for it, and a bounded cost per event. */
const SAMPLE = 200;

const precisionRank: Record<string, number> = { year: 0, month: 1, day: 2, minute: 3 };

export function isWithinSpan(interval: DateInterval, span: StorySpan): boolean {
  return lastDay(interval.end) >= span.start && firstDay(interval.start) <= span.end;
}

/** The event's date: its finest mention's, the shortest range at the finest precision. */
function finestInterval(mentions: readonly DatedMention[]): DateInterval {
  return mentions
    .filter((m) => m.expression)
    .map((m) => m.interval)
    .sort((a, b) => precisionRank[b.precision]! - precisionRank[a.precision]! || Date.parse(lastDay(a.end)) - Date.parse(firstDay(a.start)) - (Date.parse(lastDay(b.end)) - Date.parse(firstDay(b.start))) || (a.start < b.start ? -1 : 1))[0]!;
}

const attribution = /^[^,.]{0,80}\b(said|says|told|announced|noted|stated|reported|added|confirmed)\b( that)?/i;

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
  const candidates = mentions.filter((m) => m.expression && m.interval.start === interval.start && m.interval.end === interval.end);
  let best = candidates[0] ?? mentions[0]!;
  let bestScore = -Infinity;
  // Mean similarity to the others through the sum of all vectors: linear in the event's size.
  const sum = sumVectors(mentions.map(vectorOf));
  for (const m of candidates) {
    const centrality = (dot(vectorOf(m), sum) - 1) / Math.max(1, mentions.length - 1);
    const own = m.quote.slice(m.quote.length - (m.end - m.clause.start));
    const score =
      centrality +
      (m.sentenceIndex <= 2 ? 0.1 : 0) -
      (attribution.test(own) ? 0.15 : 0) -
      (/^(it|this|that|these|they|he|she|there)\b/i.test(own.trim()) ? 0.15 : 0) -
      (variantSpelling(m.quote) ? 0.3 : 0) -
      (m.comparison ? 0.3 : 0) -
      (m.quote.length > 220 ? 0.1 : 0);
    if (score > bestScore + 1e-9) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/** One to three sentences: the lead quote, then sentences of other mentions that add the most. */
function summarize(lead: DatedMention, mentions: readonly DatedMention[], language: string): string {
  const sentences = [lead.quote.replace(/\s+/g, ' ').trim()];
  const seen = new Set(contentTerms(lead.quote));
  // Only dated mentions speak for the event: an attached headline or count may tell more than it.
  const pool = mentions
    .filter((m) => m !== lead && m.source !== lead.source && m.expression)
    .slice(0, SAMPLE)
    .flatMap((m) => segmentSentences(m.quote, language).map((s) => m.quote.slice(s.start, s.end).replace(/\s+/g, ' ').trim()))
    .map((sentence) => ({ sentence, terms: contentTerms(sentence) }));
  while (sentences.length < MAX_SUMMARY_SENTENCES) {
    let best: { sentence: string; novelty: number } | undefined;
    for (const { sentence, terms } of pool) {
      if (sentences.includes(sentence)) continue;
      const novelty = terms.filter((t) => !seen.has(t)).length;
      if (novelty >= 3 && (!best || novelty > best.novelty)) best = { sentence, novelty };
    }
    if (!best || sentences.join(' ').length + best.sentence.length > MAX_SUMMARY_LENGTH) break;
    sentences.push(best.sentence);
    for (const t of contentTerms(best.sentence)) seen.add(t);
  }
  // Summaries are Markdown (an editor may rewrite them); extracted words are shown as written.
  return sentences.join(' ').replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** The event's own dated words, by source: its id rests on them, not on what was attached to it. */
function datedQuotesBySource(mentions: readonly DatedMention[]): Map<string, string[]> {
  const quotes = new Map<string, string[]>();
  for (const m of mentions) if (m.expression) quotes.set(m.source, [...(quotes.get(m.source) ?? []), m.quote]);
  return quotes;
}

const byPosition = (a: DatedMention, b: DatedMention): number => a.sourceIndex - b.sourceIndex || a.start - b.start;

/**
 * One timeline event per cluster of mentions: date, title and summary from
 * the sources' own words, actors, kind, salience, disputes and a stable id.
 */
export function buildEvents(
  clusters: readonly DatedMention[][],
  vectorOf: (m: DatedMention) => TermVector,
  span: StorySpan,
  languageOf: (source: string) => string = () => 'en',
): TimelineEvent[] {
  const events = clusters.map((cluster) => {
    const mentions = [...cluster].sort(byPosition);
    const interval = finestInterval(mentions);
    const language = languageOf(mentions[0]!.source);
    const quotesBySource = new Map<string, string[]>();
    for (const m of mentions) quotesBySource.set(m.source, [...(quotesBySource.get(m.source) ?? []), m.quote]);

    const sampled = new Map<string, string[]>();
    for (const m of mentions.slice(0, SAMPLE)) sampled.set(m.source, [...(sampled.get(m.source) ?? []), m.quote]);
    const names = nameUse(sampled, languageOf);
    const canonical = mergeNameVariants(names.counts);
    const variants = [...canonical].filter(([name, actor]) => name !== actor && !actor.split(' ').includes(name)).map(([name]) => name);
    const lead = representative(mentions, interval, vectorOf, (quote) => variants.some((v) => quote.includes(v)));

    const withinSpan = isWithinSpan(interval, span);
    const recounting = new Set(mentions.filter((m) => !m.comparison).map((m) => m.source));
    const main = recounting.size > 0 && (withinSpan || recounting.size >= RECOUNTED_BY);
    const claims = mentions.flatMap((m) => findClaims(m.quote).map((c) => ({ ...c, source: m.source, sentence: `${m.source}@${m.start}` })));
    const contractMentions: Mention[] = mentions.map((m) => ({ source: m.source, quote: m.quote, start: m.start, end: m.end, expression: m.expression }));
    const event: TimelineEvent = {
      id: eventId(interval.start, datedQuotesBySource(mentions)),
      date: interval.end === interval.start ? { start: interval.start, precision: interval.precision, basis: 'expression' } : { start: interval.start, end: interval.end, precision: interval.precision, basis: 'expression' },
      status: 'reported',
      tier: 'key',
      title: titleFromMention(lead.quote, lead.expression, languageOf(lead.source)),
      summary: summarize(lead, mentions, language),
      kind: main ? 'main' : 'background',
      salience: scoreSalience({
        sources: quotesBySource.size,
        mentions: mentions.length,
        earliestSentence: Math.min(...mentions.map((m) => m.sentenceIndex)),
        withinSpan: main,
      }),
      actors: rankActors(names, canonical),
      mentions: contractMentions,
      disputes: findDisputes(claims),
    };
    return event;
  });
  return uniqueIds(events).sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
