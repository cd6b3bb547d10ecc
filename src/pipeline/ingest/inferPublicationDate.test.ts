import { describe, expect, it } from 'vitest';
import { candidateDays, inferPublicationDate, MAX_CANDIDATE_DAYS } from './inferPublicationDate.ts';

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

  it('tries only days near a known date: a dateline in the year 1000 beside one of 2024 gives two windows, not a million days', () => {
    const tried: string[] = [];
    const found = inferPublicationDate(['1000-03-03', '2024-05-10'], {
      agreement: (candidate) => {
        tried.push(candidate);
        return candidate === '2024-05-12' ? { score: 1, matches: 1 } : { score: 0, matches: 0 };
      },
    });
    expect(found).toMatchObject({ date: '2024-05-12' });
    expect(tried.length).toBe(2 * 29);
    expect(tried).toEqual([...tried].sort());
  });

  it('never tries a day before one the article reports as past', () => {
    // Every day agrees equally (as absolute dates do): the earliest day allowed wins.
    const found = inferPublicationDate(['2022-09-01'], { agreement: () => ({ score: 1, matches: 1 }), notBefore: '2022-09-06' });
    expect(found).toMatchObject({ date: '2022-09-06' });
    expect(inferPublicationDate(['2022-09-01'], { agreement: () => ({ score: 1, matches: 1 }), notBefore: '2023-01-01' })).toBeNull();
  });
});

describe('candidateDays', () => {
  it('takes at most MAX_CANDIDATE_DAYS, around the days most articles came out first', () => {
    const known = [...Array.from({ length: 30 }, (_, i) => `20${10 + i}-01-15`), '2031-06-01', '2031-06-01'];
    const days = candidateDays(known);
    expect(days.length).toBe(MAX_CANDIDATE_DAYS);
    expect(days).toContain('2031-05-18');
    expect(days).toContain('2031-06-15');
  });

  it('skips a known date that is no calendar day', () => {
    expect(candidateDays(['2023-02-30', '2023-03-01']).length).toBe(29);
  });
});
