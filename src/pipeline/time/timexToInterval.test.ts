import { describe, expect, it } from 'vitest';
import { timexToInterval } from './timexToInterval';
import type { TemporalExpression } from './types';

function expr(type: TemporalExpression['type'], value: string, endValue?: string): TemporalExpression {
  return { start: 0, end: 1, text: 'x', type, value, precision: null, ...(endValue ? { endValue } : {}) };
}

describe('timexToInterval', () => {
  it('cuts to precision', () => {
    expect(timexToInterval(expr('DATE', '2023-03'))).toEqual({ start: '2023-03', end: '2023-03', precision: 'month' });
    expect(timexToInterval(expr('DATE', '2024-07-09', '2024-07-11'))).toEqual({ start: '2024-07-09', end: '2024-07-11', precision: 'day' });
    expect(timexToInterval(expr('DATE', '2014'))).toEqual({ start: '2014', end: '2014', precision: 'year' });
    expect(timexToInterval(expr('DATE', '199'))).toEqual({ start: '1990', end: '1999', precision: 'year' });
  });
  it('weeks and weekends become days', () => {
    expect(timexToInterval(expr('DATE', '2024-W25'))).toEqual({ start: '2024-06-17', end: '2024-06-23', precision: 'day' });
    expect(timexToInterval(expr('DATE', '2024-W25-WE'))).toEqual({ start: '2024-06-22', end: '2024-06-23', precision: 'day' });
  });
  it('quarters, halves and seasons become months', () => {
    expect(timexToInterval(expr('DATE', '2024-Q3'))).toEqual({ start: '2024-07', end: '2024-09', precision: 'month' });
    expect(timexToInterval(expr('DATE', '2024-H1'))).toEqual({ start: '2024-01', end: '2024-06', precision: 'month' });
    expect(timexToInterval(expr('DATE', '2023-WI'))).toEqual({ start: '2023-12', end: '2024-02', precision: 'month' });
  });
  it('times keep minutes and zone', () => {
    expect(timexToInterval(expr('TIME', '2024-07-12T19:50'))).toEqual({ start: '2024-07-12T19:50', end: '2024-07-12T19:50', precision: 'minute' });
    expect(timexToInterval(expr('TIME', '2024-07-12T19:50+03:00'))?.start).toBe('2024-07-12T19:50+03:00');
    // a local clock time with its zone beside the value
    expect(timexToInterval({ ...expr('TIME', '2024-07-12T19:50'), zone: '+03:00' })?.start).toBe('2024-07-12T19:50+03:00');
    expect(timexToInterval(expr('TIME', '2024-07-12T16:50Z'))?.start).toBe('2024-07-12T16:50+00:00');
  });
  it('no interval for durations, sets and references', () => {
    expect(timexToInterval(expr('DURATION', 'P28M'))).toBeNull();
    expect(timexToInterval(expr('SET', 'XXXX-WXX-5'))).toBeNull();
    expect(timexToInterval(expr('DATE', 'PRESENT_REF'))).toBeNull();
    expect(timexToInterval(expr('DATE', 'PAST_REF'))).toBeNull();
  });
});
