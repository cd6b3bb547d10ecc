import { DateTime } from 'luxon';
import type { Published } from '../schema.ts';
import type { MentionSource } from './extractMentions.ts';
import { contentTerms } from './contentTerms.ts';
import { sentenceMention } from './sentenceMention.ts';
import { cosineSimilarity, type TermVector } from './termVectors.ts';
import type { DatedMention } from './types.ts';
import { dayOf } from '../isoDate.ts';

/** The headline and the first sentence of the body report the article's news (a third sentence added more noise than news on bench:stories). */
const LEAD_SENTENCES = 2;
/** …as long as they sit in the first paragraphs (headline, standfirst, lead). */
const LEAD_PARAGRAPHS = 3;
/** Fewer content words than this and a lead line is a label ("Live", "Analysis"), not news. */
const MIN_TERMS = 3;
/** A lead that agrees this well with a happening its own body dates shortly before tells that happening. */
const LEAD_AGREEMENT = 0.15;
/** How far before publication a body-dated happening still counts as the article's news. */
const RECENT_DAYS = 7;
const oneWordLabel = /^\p{L}+:\s/u;
/** Words that put the news on the day before publication. */
const dayBefore = /\b(?:overnight|late last night)\b/i;

/**
 * The headline and lead of an article, when they carry no date of their
 * own, as mentions dated by its publication day: news reports what happened
 * that day (or, when its words say so, the night before) without saying
 * when. Every candidate is returned; `reportsRecentEvent` tells which of
 * them rather tell a happening the body dates.
 */
export function leadMentions(source: MentionSource, published: Published | null, dated: readonly DatedMention[]): DatedMention[] {
  if (!published || (published.precision !== 'day' && published.precision !== 'minute')) return [];
  const day = DateTime.fromISO(dayOf(published.date), { zone: 'utc' });
  if (!day.isValid) return [];
  // A lead that names only a month, a quarter or a year ("cuts in the fourth quarter") still reports the day's news.
  const withDay = new Set(dated.filter((m) => m.interval.precision === 'day' || m.interval.precision === 'minute').map((m) => m.sentence.start));
  const out: DatedMention[] = [];
  source.sentences.forEach((sentence, index) => {
    if (index >= LEAD_SENTENCES || sentence.paragraph >= LEAD_PARAGRAPHS || withDay.has(sentence.start)) return;
    const quote = source.text.slice(sentence.start, sentence.end);
    const terms = contentTerms(quote);
    // A labelled line ("Source: the ministry, at a briefing", "Photo: …") credits, it reports nothing.
    if (terms.length < MIN_TERMS || oneWordLabel.test(quote)) return;
    const date = (dayBefore.test(quote) ? day.minus({ days: 1 }) : day).toISODate()!;
    out.push(sentenceMention(source, sentence, index, { basis: 'publication', interval: { start: date, end: date, precision: 'day' }, status: 'reported' }));
  });
  return out;
}

/** Whether a lead tells a happening its own article dates in the week before publication (it then joins that event). */
export function reportsRecentEvent(lead: DatedMention, dated: readonly DatedMention[], vectorOf: (m: DatedMention) => TermVector): boolean {
  const day = lead.interval.start;
  const earliest = DateTime.fromISO(day, { zone: 'utc' }).minus({ days: RECENT_DAYS }).toISODate()!;
  const vector = vectorOf(lead);
  return dated.some((m) => {
    if (m.source !== lead.source || m.interval.precision === 'year' || m.interval.precision === 'month') return false;
    const start = dayOf(m.interval.start);
    return start >= earliest && start <= day && cosineSimilarity(vector, vectorOf(m)) >= LEAD_AGREEMENT;
  });
}
