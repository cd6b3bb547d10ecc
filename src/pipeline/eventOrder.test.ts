import { describe, expect, it } from 'vitest';
import { compareEvents } from './eventOrder.ts';

const at = (start: string, id: string) => ({ id, date: { start, precision: 'day' as const, basis: 'expression' as const } });

describe('compareEvents', () => {
  it('orders by date (a year before its months and days), then id', () => {
    const events = [at('2024-06-25', 'b'), at('2024', 'z'), at('2024-06-25', 'a'), at('2023-03', 'm'), at('2024-06-25T10:00+03:00', 'c')];
    expect([...events].sort(compareEvents).map((e) => `${e.date.start} ${e.id}`)).toEqual([
      '2023-03 m',
      '2024 z',
      '2024-06-25 a',
      '2024-06-25 b',
      '2024-06-25T10:00+03:00 c',
    ]);
  });
});
