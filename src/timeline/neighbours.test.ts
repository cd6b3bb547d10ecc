import { describe, expect, it } from 'vitest';
import { eventFixture as event } from '../pipeline/eventFixture';
import { withNeighbours } from './neighbours';

const ids = (list: ReturnType<typeof withNeighbours>) => list.map(({ before, event, after }) => [before?.id ?? null, event.id, after?.id ?? null]);

describe('withNeighbours', () => {
  it('links each event to the ones before and after it in date order, null at both ends', () => {
    const events = [event('2024-06-25-b', '2024-06-25'), event('1962-a', '1962'), event('2024-07-c', '2024-07')];
    expect(ids(withNeighbours(events))).toEqual([
      [null, '1962-a', '2024-06-25-b'],
      ['1962-a', '2024-06-25-b', '2024-07-c'],
      ['2024-06-25-b', '2024-07-c', null],
    ]);
  });

  it('orders events of one date by id, key and more alike, and leaves its input as it was', () => {
    const events = [event('2024-06-25-z', '2024-06-25'), event('2024-06-25-a', '2024-06-25', { tier: 'more' }), event('2024-06', '2024-06')];
    expect(ids(withNeighbours(events))).toEqual([
      [null, '2024-06', '2024-06-25-a'],
      ['2024-06', '2024-06-25-a', '2024-06-25-z'],
      ['2024-06-25-a', '2024-06-25-z', null],
    ]);
    expect(events.map((e) => e.id)).toEqual(['2024-06-25-z', '2024-06-25-a', '2024-06']);
  });

  it('gives a lone event no neighbours, and nothing for no events', () => {
    expect(ids(withNeighbours([event('2024-01-01-only', '2024-01-01')]))).toEqual([[null, '2024-01-01-only', null]]);
    expect(withNeighbours([])).toEqual([]);
  });
});
