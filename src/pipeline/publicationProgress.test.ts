import { describe, expect, it } from 'vitest';
import { buildTimeline } from './index.ts';
import { publicationProgress } from './publicationProgress.ts';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe('publicationProgress', () => {
  it('counts stated, inferred and unknown publication dates', () => {
    const stated = { published: { date: '2021-03-02', precision: 'day' as const, inferred: false, basis: 'front matter' } };
    const inferred = { published: { ...stated.published, inferred: true } };
    expect(publicationProgress([stated, stated, inferred, { published: null }])).toBe('publication dates: 2 stated, 1 inferred, 1 unknown');
  });

  it('is said by the pipeline between reading the articles and finding the events', () => {
    const said: string[] = [];
    buildTimeline([file('a.md', '---\ntitle: Council approves the bridge\npublished: 2021-03-02\n---\n\nThe council approved the bridge on Monday, the mayor said.\n')], { onProgress: (m) => said.push(m) });
    expect(said[0]).toBe('read 1 article');
    expect(said[1]).toBe('publication dates: 1 stated, 0 inferred, 0 unknown');
    expect(said[2]).toMatch(/dated mentions → \d+ events/);
  });
});
