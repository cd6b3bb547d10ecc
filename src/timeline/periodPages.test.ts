import { describe, expect, it } from 'vitest';
import { INLINE_MORE_PER_PERIOD, INLINE_MORE_TOTAL, periodKeysOfId, periodsOnPages } from './periodPages';

const period = (key: string, more: number) => ({ key, more: Array.from({ length: more }, () => ({})) as never[] });

describe('periodsOnPages', () => {
  it('keeps every period inline while the story is small', () => {
    expect(periodsOnPages([period('2024-05', 3), period('2024-06', INLINE_MORE_TOTAL - 3)])).toEqual(new Set());
  });

  it('moves only the busy periods out of a large story', () => {
    const list = [period('2024-05', INLINE_MORE_PER_PERIOD), period('2024-06', INLINE_MORE_TOTAL), period('2024-07', 2)];
    expect(periodsOnPages(list)).toEqual(new Set(['2024-06']));
  });

  it('moves every period out when quiet ones still add up to a heavy index', () => {
    const list = Array.from({ length: 20 }, (_, i) => period(String(2000 + i), INLINE_MORE_PER_PERIOD));
    list.push(period('2020', 0));
    const paged = periodsOnPages(list);
    expect(paged.size).toBe(20);
    expect(paged.has('2020')).toBe(false);
  });
});

describe('periodKeysOfId', () => {
  it('reads month then year from a day- or month-dated id', () => {
    expect(periodKeysOfId('2024-06-25-defence-minister-call')).toEqual(['2024-06', '2024']);
    expect(periodKeysOfId('2023-03-conversation-defence-heads')).toEqual(['2023-03', '2023']);
  });
  it('reads the year of a year-dated id, and nothing from an id without a date', () => {
    expect(periodKeysOfId('1962-conflict-crisis')).toEqual(['1962']);
    expect(periodKeysOfId('hand-made-event')).toEqual([]);
  });
});
