import { describe, expect, it } from 'vitest';
import { scoreSalience, type SalienceInput } from './scoreSalience.ts';

describe('scoreSalience', () => {
  const base: SalienceInput = { sources: 1, mentions: 1, earliestSentence: 5, burst: 0, daySources: 1, withinSpan: true, planned: false, precision: 'day' };

  it('ranks more sources above more mentions from one source', () => {
    expect(scoreSalience({ ...base, sources: 2, mentions: 2 })).toBeGreaterThan(scoreSalience({ ...base, mentions: 6 }));
  });

  it('ranks the lead above a late mention, and the story above its background', () => {
    expect(scoreSalience({ ...base, earliestSentence: 0 })).toBeGreaterThan(scoreSalience(base));
    expect(scoreSalience(base)).toBeGreaterThan(scoreSalience({ ...base, withinSpan: false }));
  });

  it('ranks a day the coverage bursts on above a quiet one, what happened above a plan, a day above a year', () => {
    expect(scoreSalience({ ...base, burst: 3 })).toBeGreaterThan(scoreSalience(base));
    expect(scoreSalience({ ...base, daySources: 8 })).toBeGreaterThan(scoreSalience(base));
    expect(scoreSalience(base)).toBeGreaterThan(scoreSalience({ ...base, planned: true }));
    expect(scoreSalience(base)).toBeGreaterThan(scoreSalience({ ...base, precision: 'year' }));
  });

  it('rounds to two decimals', () => {
    expect(String(scoreSalience({ ...base, mentions: 3 }))).toMatch(/^\d+(\.\d{1,2})?$/);
  });
});
