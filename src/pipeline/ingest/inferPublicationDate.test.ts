import { describe, expect, it } from 'vitest';
import { inferPublicationDate } from './inferPublicationDate.ts';

describe('inferPublicationDate', () => {
  it('keeps the earliest day on which the article agrees best with the others', () => {
    // Agreement is best from 2021-03-02 on (as when "on Tuesday" can first mean 2 March).
    const agreement = (candidate: string) => (candidate >= '2021-03-02' && candidate <= '2021-03-08' ? { score: 2, matches: 2 } : { score: 0.5, matches: 1 });
    expect(inferPublicationDate(['2021-03-03', '2021-03-19'], { agreement })).toMatchObject({ date: '2021-03-02', inferred: true, precision: 'day' });
  });

  it('gives null when nothing agrees or nothing is dated', () => {
    expect(inferPublicationDate(['2021-03-03'], { agreement: () => ({ score: 0, matches: 0 }) })).toBeNull();
    expect(inferPublicationDate([], { agreement: () => ({ score: 1, matches: 1 }) })).toBeNull();
  });
});
