import { describe, expect, it } from 'vitest';
import { eventFixture as event } from '../pipeline/eventFixture';
import type { Source } from '../pipeline/schema';
import { storyCounts } from './storyCounts';

const source = (id: string, inferred = false): Source => ({
  id,
  file: `${id}.txt`,
  title: null,
  outlet: null,
  url: null,
  author: null,
  language: 'en',
  published: { date: '2024-06-25', precision: 'day', inferred, basis: inferred ? 'inferred: …' : 'dateline' },
});

describe('storyCounts', () => {
  it('counts articles, events by tier, basis, status and kind, disputes and diagnostics by level', () => {
    const mention = (s: string) => ({ source: s, quote: 'q', start: 0, end: 1, expression: '' });
    const counts = storyCounts({
      sources: [source('s'), source('t', true), source('unused')],
      events: [
        event('2024-06-25-a', '2024-06-25', { mentions: [mention('s'), mention('t')] }),
        event('2024-06-25-b', '2024-06-25', { tier: 'more', date: { start: '2024-06-25', precision: 'day', basis: 'publication' } }),
        event('2024-06-28-c', '2024-06-28', { tier: 'more', status: 'planned' }),
        event('1962-d', '1962', {
          tier: 'more',
          kind: 'background',
          disputes: [
            { about: 'killed', accounts: [{ value: '3', sources: ['s'] }, { value: '4', sources: ['t'] }] },
            { about: 'injured', accounts: [{ value: '5', sources: ['s'] }, { value: '6', sources: ['t'] }] },
          ],
        }),
      ],
      diagnostics: [
        { file: 'a.txt', level: 'info', message: 'inferred' },
        { file: 'b.txt', level: 'warning', message: 'empty' },
        { file: 'c.txt', level: 'error', message: 'unreadable' },
      ],
    });
    expect(counts).toEqual({
      articles: 3,
      articlesWithoutEvents: 1,
      inferredPublicationDates: 1,
      events: 4,
      keyEvents: 1,
      publicationDated: 1,
      plannedEvents: 1,
      backgroundEvents: 1,
      disputes: 2,
      warnings: 2,
      notes: 1,
    });
  });

  it('is all zeros for an empty story', () => {
    expect(Object.values(storyCounts({ sources: [], events: [], diagnostics: [] }))).toEqual(Array(11).fill(0));
  });
});
