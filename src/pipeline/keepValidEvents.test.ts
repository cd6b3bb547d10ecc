import { describe, expect, it } from 'vitest';
import type { Source, TimelineEvent } from './schema.ts';
import { keepValidEvents } from './keepValidEvents.ts';

const source: Source = { id: 'daily', file: 'daily.txt', title: null, outlet: null, url: null, author: null, language: 'en', published: null };
const event = (id: string, title: string): TimelineEvent => ({
  id,
  date: { start: '2024-03-04', precision: 'day', basis: 'expression' },
  status: 'reported',
  tier: 'key',
  title,
  summary: 'The council voted on Monday.',
  kind: 'main',
  salience: 1,
  actors: [],
  mentions: [{ source: 'daily', quote: '(Update 1:33 a.m.) Monday.', start: 0, end: 26, expression: 'Monday' }],
  disputes: [],
});

describe('keepValidEvents', () => {
  it('drops an event that breaks the contract, naming its article and sentence, and keeps the rest', () => {
    const { events, diagnostics } = keepValidEvents([event('2024-03-04-good', 'Council votes'), event('2024-03-04-bad', '')], [source]);
    expect(events.map((e) => e.id)).toEqual(['2024-03-04-good']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'daily.txt', level: 'warning' });
    expect(diagnostics[0]!.message).toContain('2024-03-04-bad');
    expect(diagnostics[0]!.message).toContain('(Update 1:33 a.m.) Monday.');
  });
});
