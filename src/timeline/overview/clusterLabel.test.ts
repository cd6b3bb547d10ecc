import { describe, expect, it } from 'vitest';
import { en } from '../strings/en';
import { ru } from '../strings/ru';
import { uk } from '../strings/uk';
import { clusterLabel } from './clusterLabel';

describe('clusterLabel', () => {
  it('counts and spans in English', () => {
    expect(clusterLabel(12, '3 June 2024', '20 June 2024', en.clusterCount, 'en')).toBe('12 events, 3 June 2024 – 20 June 2024');
    expect(clusterLabel(4, '25 June 2024', '25 June 2024', en.clusterCount, 'en')).toBe('4 events, 25 June 2024');
    expect(clusterLabel(1200, 'a', 'b', en.clusterCount, 'en')).toBe('1,200 events, a – b');
  });

  it('uses Russian and Ukrainian plural forms', () => {
    expect([2, 5, 21].map((n) => clusterLabel(n, 'x', 'x', ru.clusterCount, 'ru'))).toEqual(['2 события, x', '5 событий, x', '21 событие, x']);
    expect([3, 11].map((n) => clusterLabel(n, 'x', 'x', uk.clusterCount, 'uk'))).toEqual(['3 події, x', '11 подій, x']);
  });
});
