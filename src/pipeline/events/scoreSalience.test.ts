import { describe, expect, it } from 'vitest';
import { scoreSalience } from './scoreSalience.ts';

describe('scoreSalience', () => {
  const base = { sources: 1, mentions: 1, earliestSentence: 5, withinSpan: true };

  it('ranks more sources above more mentions from one source', () => {
    expect(scoreSalience({ ...base, sources: 2, mentions: 2 })).toBeGreaterThan(scoreSalience({ ...base, mentions: 6 }));
  });

  it('ranks the lead above a late mention, and the story above its background', () => {
    expect(scoreSalience({ ...base, earliestSentence: 0 })).toBeGreaterThan(scoreSalience(base));
    expect(scoreSalience(base)).toBeGreaterThan(scoreSalience({ ...base, withinSpan: false }));
  });

  it('rounds to two decimals', () => {
    expect(String(scoreSalience(base))).toMatch(/^\d+(\.\d{1,2})?$/);
  });
});
