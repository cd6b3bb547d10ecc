import { describe, expect, it } from 'vitest';
import { scoreStory } from './scoreStory.ts';

describe('scoreStory', () => {
  it('cuts the system to its top l days, l the number of gold days', () => {
    const gold = { days: new Map([['2020-01-01', 'a b'], ['2020-01-02', 'c d']]) };
    const ranked = [
      { day: '2020-01-01', text: 'a b' },
      { day: '2020-01-03', text: 'x y' },
      { day: '2020-01-02', text: 'c d' },
    ];
    const s = scoreStory(ranked, gold);
    expect(s.goldDays).toBe(2);
    expect(s.dateF1).toBeCloseTo(0.5, 10);
    expect(s.rouge1.p).toBeCloseTo(0.5, 10);
    expect(s.rouge1.r).toBeCloseTo(0.5, 10);
  });
});
