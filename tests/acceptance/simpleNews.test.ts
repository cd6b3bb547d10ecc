/**
 * The simplest news, end to end: invented articles through the whole
 * pipeline, checking what a reader would see (sentences, titles, dates,
 * publication-day and planned events), and that one bad sentence never
 * costs the story.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { parseTimeline } from '../../src/pipeline/schema.ts';
import type { ArticleFile } from '../../src/pipeline/types.ts';

const file = (path: string, published: string, body: string): ArticleFile => ({
  path,
  bytes: new TextEncoder().encode(`---\ntitle: "${path}"\npublished: ${published}\n---\n\n${body}\n`),
});

describe('a three-sentence article published on a Wednesday', () => {
  // 6 March 2024 was a Wednesday.
  const timeline = buildTimeline([
    file('storm.md', '2024-03-06', 'A storm hit the coast on Monday. 12 people were killed in the floods on Tuesday, officials said. The mayor declared an emergency on Wednesday.'),
  ]);

  it('gives each sentence its own day and a title from its own words', () => {
    const byDay = new Map(timeline.events.map((e) => [e.date.start, e]));
    expect([...byDay.keys()].sort()).toEqual(['2024-03-04', '2024-03-05', '2024-03-06']);
    expect(byDay.get('2024-03-06')!.title).toBe('The mayor declares an emergency');
    expect(byDay.get('2024-03-05')!.title).toBe('12 people killed in the floods');
    expect(byDay.get('2024-03-04')!.title).toMatch(/^A storm hit/);
    for (const event of timeline.events) {
      expect(event.title).not.toMatch(/\.\s/);
      expect(event.date.basis).toBe('expression');
    }
  });
});

describe('stamps, ellipses and headlines', () => {
  const timeline = buildTimeline([
    file('live.md', '2024-03-08', '(Update 1:33 a.m.\n\n... Monday.\n\n(Update 1:33 a.m.) Tuesday, 11:30.\n\nThe council will vote on the budget on Friday.'),
    file('port.md', '2024-03-07', 'Harbour workers strike over pay\n\nThousands of harbour workers walked out in a dispute over wages.\n\nShips waited outside the port.'),
  ]);

  it('builds a valid timeline whose titles and summaries all have words', () => {
    expect(() => parseTimeline(timeline)).not.toThrow();
    for (const event of timeline.events) {
      expect(event.title).toMatch(/\p{L}{2}/u);
      expect(event.summary).toMatch(/\p{L}{2}/u);
    }
  });

  it('dates an undated headline and lead by their publication day, and a plan as planned', () => {
    const strike = timeline.events.find((e) => /harbour workers/i.test(e.title));
    expect(strike).toMatchObject({ date: { start: '2024-03-07', basis: 'publication' }, status: 'reported' });
    const vote = timeline.events.find((e) => /vote/i.test(e.title));
    expect(vote).toMatchObject({ date: { start: '2024-03-08' }, status: 'planned' });
  });
});
