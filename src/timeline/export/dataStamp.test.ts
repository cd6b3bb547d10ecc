import { describe, expect, it } from 'vitest';
import { dataStamp } from './dataStamp';
import { exportEvent, sourceFixture } from './exportFixture';

describe('dataStamp', () => {
  it('is the latest publication date, in UTC, whatever the machine\'s zone', () => {
    const sources = [sourceFixture('a'), sourceFixture('b', { published: { date: '2031-05-06T23:30+03:00', precision: 'minute', inferred: false, basis: 'meta' } })];
    expect(dataStamp({ sources, events: [] })).toBe('2031-05-06T20:30:00Z');
    const floating = [sourceFixture('c', { published: { date: '2031-05-07T10:00', precision: 'minute', inferred: false, basis: 'meta' } })];
    expect(dataStamp({ sources: floating, events: [] })).toBe('2031-05-07T10:00:00Z');
  });

  it('falls back to the latest event date, then to the epoch', () => {
    const undated = [sourceFixture('a', { published: null })];
    expect(dataStamp({ sources: undated, events: [exportEvent('x', '2031-02'), exportEvent('y', '2030', { date: { start: '2030', end: '2032', precision: 'year', basis: 'expression' } })] })).toBe('2032-01-01T00:00:00Z');
    expect(dataStamp({ sources: undated, events: [] })).toBe('1970-01-01T00:00:00Z');
  });
});
