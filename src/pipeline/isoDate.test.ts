import { describe, expect, it } from 'vitest';
import { dayOf, firstDay, lastDay } from './isoDate.ts';

describe('ISO dates cut to their precision', () => {
  it('gives the first and last day a year, a month or a day covers, months of their true length', () => {
    expect([firstDay('2023'), lastDay('2023')]).toEqual(['2023-01-01', '2023-12-31']);
    expect([firstDay('2023-02'), lastDay('2023-02')]).toEqual(['2023-02-01', '2023-02-28']);
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2024-04')).toBe('2024-04-30');
    expect([firstDay('2024-06-25T10:00+03:00'), dayOf('2024-06-25T10:00+03:00')]).toEqual(['2024-06-25', '2024-06-25']);
  });
});
