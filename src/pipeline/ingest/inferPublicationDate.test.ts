import { describe, expect, it } from 'vitest';
import { inferPublicationDate } from './inferPublicationDate.ts';

describe('inferPublicationDate', () => {
  it('keeps the earliest day on which the article agrees best with the others', () => {
    // Agreement is best from 2024-06-25 on (as when "on Tuesday" can first mean 25 June).
    const agreement = (candidate: string) => (candidate >= '2024-06-25' && candidate <= '2024-07-01' ? { score: 2, matches: 2 } : { score: 0.5, matches: 1 });
    expect(inferPublicationDate(['2024-06-26', '2024-07-12'], { agreement })).toMatchObject({ date: '2024-06-25', inferred: true, precision: 'day' });
  });

  it('gives null when nothing agrees or nothing is dated', () => {
    expect(inferPublicationDate(['2024-06-26'], { agreement: () => ({ score: 0, matches: 0 }) })).toBeNull();
    expect(inferPublicationDate([], { agreement: () => ({ score: 1, matches: 1 }) })).toBeNull();
  });
});
