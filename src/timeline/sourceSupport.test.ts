import { describe, expect, it } from 'vitest';
import { eventFixture as event } from '../pipeline/eventFixture';
import type { Mention, Source } from '../pipeline/schema';
import { sourceSupport, sourcesByPublication } from './sourceSupport';

const from = (...sources: string[]): Mention[] => sources.map((source, i) => ({ source, quote: `q${i}`, start: i, end: i + 1, expression: '' }));

describe('sourceSupport', () => {
  it('counts the events and mentions of each source, an event quoting it twice once', () => {
    const support = sourceSupport([
      event('2024-06-25-a', '2024-06-25', { mentions: from('x', 'x', 'y') }),
      event('2024-06-26-b', '2024-06-26', { mentions: from('y') }),
    ]);
    expect(support.get('x')).toMatchObject({ eventCount: 1, mentionCount: 2 });
    expect(support.get('y')).toMatchObject({ eventCount: 2, mentionCount: 2 });
    expect(support.get('y')!.listed.map((e) => e.id)).toEqual(['2024-06-25-a', '2024-06-26-b']);
    expect(support.has('z')).toBe(false);
  });

  it('lists the most salient events, in date order, and counts the others', () => {
    const events = Array.from({ length: 14 }, (_, i) =>
      event(`2024-01-${String(i + 1).padStart(2, '0')}-e`, `2024-01-${String(i + 1).padStart(2, '0')}`, { salience: i % 2 === 0 ? 5 : 1, mentions: from('x') }),
    );
    const support = sourceSupport(events, 4).get('x')!;
    expect(support.eventCount).toBe(14);
    expect(support.listed.map((e) => e.id)).toEqual(['2024-01-01-e', '2024-01-03-e', '2024-01-05-e', '2024-01-07-e']);
  });
});

describe('sourcesByPublication', () => {
  const source = (id: string, outlet: string, date: string | null): Source => ({
    id,
    file: `${id}.txt`,
    title: null,
    outlet,
    url: null,
    author: null,
    language: 'en',
    published: date ? { date, precision: date.length === 10 ? 'day' : 'month', inferred: false, basis: 'dateline' } : null,
  });

  it('sorts by publication date, then name regardless of case, undated sources last', () => {
    const sources = [
      source('a', 'Zeta', '2024-06-26'),
      source('b', 'undated', null),
      source('c', 'beta', '2024-06-25'),
      source('d', 'Alpha', '2024-06-25'),
      source('e', 'Month only', '2024-06'),
    ];
    expect(sourcesByPublication(sources, (s) => s.outlet!).map((s) => s.id)).toEqual(['e', 'd', 'c', 'a', 'b']);
  });
});
