import type { Mention, TimelineEvent } from '../schema.ts';
import type { DateInterval, DatedMention } from './types.ts';
import { cosineSimilarity, type TermVector } from './termVectors.ts';
import { titleFromMention } from './titleFromMention.ts';
import { rankActors } from './findActors.ts';
import { eventId } from './eventId.ts';

/** The story's core time span: events wholly outside it are background. */
export interface StorySpan {
  start: string;
  end: string;
}

/** Compares ISO dates cut to any precision by their first instant / last instant. */
const firstDay = (iso: string): string => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso.slice(0, 10));
const lastDay = (iso: string): string => (iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso.slice(0, 10));

export function isWithinSpan(interval: DateInterval, span: StorySpan): boolean {
  return lastDay(interval.end) >= span.start && firstDay(interval.start) <= span.end;
}

/** The mention that agrees most with the others: its words best speak for the event. */
function representative(mentions: readonly DatedMention[], vectorOf: (m: DatedMention) => TermVector): DatedMention {
  let best = mentions[0]!;
  let bestScore = -1;
  for (const m of mentions) {
    const score = mentions.reduce((sum, other) => sum + (other === m ? 0 : cosineSimilarity(vectorOf(m), vectorOf(other))), 0);
    if (score > bestScore + 1e-9) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

const byPosition = (a: DatedMention, b: DatedMention): number => a.sourceIndex - b.sourceIndex || a.start - b.start;

/** One timeline event per cluster of mentions: date, title, summary, actors, kind, salience, stable id. */
export function buildEvents(
  clusters: readonly DatedMention[][],
  vectorOf: (m: DatedMention) => TermVector,
  span: StorySpan,
  languageOf: (source: string) => string = () => 'en',
): TimelineEvent[] {
  const events = clusters.map((cluster) => {
    const mentions = [...cluster].sort(byPosition);
    const lead = representative(mentions, vectorOf);
    const quotesBySource = new Map<string, string[]>();
    for (const m of mentions) quotesBySource.set(m.source, [...(quotesBySource.get(m.source) ?? []), m.quote]);
    const { interval } = lead;
    const contractMentions: Mention[] = mentions.map((m) => ({
      source: m.source,
      quote: m.quote,
      start: m.start,
      end: m.end,
      expression: m.expression,
    }));
    const event: TimelineEvent = {
      id: eventId(interval.start, quotesBySource),
      date: interval.end === interval.start
        ? { start: interval.start, precision: interval.precision }
        : { start: interval.start, end: interval.end, precision: interval.precision },
      title: titleFromMention(lead.quote, lead.expression, languageOf(lead.source)),
      summary: lead.quote.replace(/\s+/g, ' '),
      kind: isWithinSpan(interval, span) ? 'main' : 'background',
      salience: quotesBySource.size,
      actors: rankActors(quotesBySource),
      mentions: contractMentions,
      disputes: [],
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
