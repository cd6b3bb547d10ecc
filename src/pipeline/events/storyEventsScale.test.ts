/** The events stage at scale: no step spreads a list into a call's arguments, whose number the engine bounds. */
import { describe, expect, it } from 'vitest';
import { storyEvents } from './index.ts';
import { segmentSentences } from '../text/segmentSentences.ts';
import { tagTemporalExpressions } from '../time/index.ts';

describe('storyEvents with one event told 140,000 times', () => {
  // 70 articles of 2,000 dated sentences each (the most an article is read for): Math.min(...mentions) threw RangeError.
  it('builds the event', () => {
    const text = 'Crews met on 5 October 2021 at the port. '.repeat(2000);
    const sentences = segmentSentences(text);
    const expressions = tagTemporalExpressions(text, { published: '2021-10-07' });
    const published = { date: '2021-10-07', precision: 'day' as const, inferred: false, basis: 'front matter' };
    const articles = Array.from({ length: 70 }, (_, index) => ({ source: { id: `s${index}`, index, text, language: 'en', sentences }, published, expressions }));
    const { events, mentions } = storyEvents(articles);
    expect(mentions).toBe(140_000);
    expect(events.map((e) => e.date.start)).toEqual(['2021-10-05']);
  }, 90_000);
});
