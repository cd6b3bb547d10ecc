/**
 * The events stage: dated sentences of every article in, timeline events
 * out. mentions (expressions, publication-day leads) → same-date clusters →
 * coarse dates joined → undated accounts and counts attached → events →
 * tiers over the whole story. Pure: plain values in and out.
 */
import { DateTime } from 'luxon';
import type { Published, TimelineEvent } from '../schema.ts';
import type { TemporalExpression } from '../time/index.ts';
import { extractMentions, type MentionSource } from './extractMentions.ts';
import { leadMentions, reportsRecentEvent } from './publicationMentions.ts';
import { clusterMentions } from './clusterMentions.ts';
import { joinCoarseClusters } from './joinCoarseClusters.ts';
import { attachUndatedSentences } from './attachUndatedSentences.ts';
import { routeClaims } from './routeClaims.ts';
import { buildEvents, type StoryContext, type StorySpan } from './buildEvents.ts';
import { assignTiers } from './assignTiers.ts';
import { inverseDocumentFrequency, termVector, type TermVector } from './termVectors.ts';
import type { DatedMention } from './types.ts';
import { dayOf } from '../isoDate.ts';

export { extractMentions, type MentionSource } from './extractMentions.ts';
export { firstDatedSentences, MAX_DATED_SENTENCES } from './firstDatedSentences.ts';
export { segmentSentences, type SentenceSpan } from '../text/segmentSentences.ts';
export { cosineSimilarity, inverseDocumentFrequency, termVector, type TermVector } from './termVectors.ts';
export { slugify, titledEventId } from './eventId.ts';
export { limitTimeline, MORE_PER_KEY } from './limitMinorEvents.ts';
export type { DatedMention } from './types.ts';

/** One article as the events stage reads it: its sentences, its publication date, its tagged expressions. */
export interface StoryArticle {
  source: MentionSource;
  published: Published | null;
  expressions: readonly TemporalExpression[];
}

/** Days before the first and after the last publication that still count as the story's own time. */
const STORY_LEAD_DAYS = 60;
const STORY_TAIL_DAYS = 30;

/** Every dated happening the articles tell, as timeline events in contract order, tiered over the whole story; and how many dated mentions they rest on. */
export function storyEvents(articles: readonly StoryArticle[]): { events: TimelineEvent[]; mentions: number } {
  const expressed = articles.map((a) => extractMentions(a.source, a.expressions));
  const leads = articles.map((a, i) => leadMentions(a.source, a.published, expressed[i]!));
  const idf = inverseDocumentFrequency([...expressed.flat(), ...leads.flat()].map((m) => m.terms));
  const vectors = new Map<DatedMention, TermVector>();
  const vectorOf = (m: DatedMention): TermVector => {
    let v = vectors.get(m);
    if (!v) vectors.set(m, (v = termVector(m.weights, idf)));
    return v;
  };
  // A lead that tells what its body dates shortly before joins that event (as an attached lead), not its publication day.
  const publication = leads.map((own, i) => own.filter((lead) => !reportsRecentEvent(lead, expressed[i]!, vectorOf)));
  const all = [...expressed.flat(), ...publication.flat()];
  const sources = articles.map((a) => a.source);
  const byDate = clusterMentions(all, vectorOf);
  const joined = joinCoarseClusters(byDate, vectorOf);
  const clusters = routeClaims(attachUndatedSentences(joined, sources, idf, vectorOf), sources, idf, vectorOf);
  const languages = new Map(sources.map((s) => [s.id, s.language]));
  const events = buildEvents(clusters, vectorOf, storyContext(articles), (id) => languages.get(id) ?? 'en');
  return { events: assignTiers(events, articles.filter((a) => a.source.text.trim()).length), mentions: all.length };
}

/** The story's own time and its publication days, from the articles' dates. */
function storyContext(articles: readonly Pick<StoryArticle, 'published'>[]): StoryContext {
  const days = articles.flatMap((a) => (a.published ? [dayOf(a.published.date)] : [])).sort();
  const publicationDays = new Map<string, number>();
  for (const day of days) publicationDays.set(day, (publicationDays.get(day) ?? 0) + 1);
  return { span: storySpan(days), publicationDays };
}

function storySpan(days: readonly string[]): StorySpan {
  if (days.length === 0) return { start: '0000-01-01', end: '9999-12-31' };
  return {
    start: DateTime.fromISO(days[0]!, { zone: 'utc' }).minus({ days: STORY_LEAD_DAYS }).toISODate()!,
    end: DateTime.fromISO(days[days.length - 1]!, { zone: 'utc' }).plus({ days: STORY_TAIL_DAYS }).toISODate()!,
  };
}
