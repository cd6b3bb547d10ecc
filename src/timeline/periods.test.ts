import { describe, expect, it } from 'vitest';
import type { Mention } from '../pipeline/schema';
import { granularity, periods, quotesShown } from './periods';
import { eventFixture } from '../pipeline/eventFixture';

const event = eventFixture;

describe('periods', () => {
  it('groups by month when the story spans little more than a year, background aside', () => {
    const events = [
      event('1962-crisis', '1962', { kind: 'background' }),
      event('2023-03-call', '2023-03'),
      event('2024-06-25-call', '2024-06-25'),
      event('2024-06-26-more', '2024-06-26', { tier: 'more' }),
      event('2024-07-12-call', '2024-07-12'),
    ];
    expect(granularity(events)).toBe('month');
    const list = periods(events);
    expect(list.map((p) => [p.key, p.label])).toEqual([
      ['1962', '1962'],
      ['2023-03', 'March 2023'],
      ['2024-06', 'June 2024'],
      ['2024-07', 'July 2024'],
    ]);
    expect(list[2]!.keyEvents.map((e) => e.id)).toEqual(['2024-06-25-call']);
    expect(list[2]!.more.map((e) => e.id)).toEqual(['2024-06-26-more']);
  });

  it('groups by year over longer stories; a year-only date stays under its year, before its months', () => {
    const long = [event('2020-01-01-a', '2020-01-01'), event('2024-b', '2024'), event('2024-01-03-c', '2024-01-03')];
    expect(granularity(long)).toBe('year');
    expect(periods(long).map((p) => p.key)).toEqual(['2020', '2024']);
    const short = [event('2024-01-03-c', '2024-01-03'), event('2024-b', '2024'), event('2024-02-01-d', '2024-02-01')];
    expect(periods(short, 'month').map((p) => p.key)).toEqual(['2024', '2024-01', '2024-02']);
  });

  it('copes with no events', () => {
    expect(granularity([])).toBe('year');
    expect(periods([])).toEqual([]);
  });
});

describe('quotesShown', () => {
  const m = (source: string, quote: string): Mention => ({ source, quote, start: 0, end: quote.length, expression: '' });

  it('shows the first quote of each source first, two of them, in the event’s order', () => {
    const mentions = [m('a', '1'), m('a', '2'), m('b', '3'), m('c', '4'), m('d', '5')];
    const { shown, rest } = quotesShown(mentions);
    expect(shown.map((x) => x.quote)).toEqual(['1', '3']);
    expect(rest.map((x) => x.quote)).toEqual(['2', '4', '5']);
    expect(quotesShown(mentions, 3).shown.map((x) => x.quote)).toEqual(['1', '3', '4']);
  });

  it('fills up with further quotes when sources run out', () => {
    const { shown, rest } = quotesShown([m('a', '1'), m('a', '2'), m('a', '3'), m('a', '4')]);
    expect(shown.map((x) => x.quote)).toEqual(['1', '2']);
    expect(rest).toHaveLength(2);
  });
});
