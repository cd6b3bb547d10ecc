import { describe, expect, it } from 'vitest';
import { editDistance, mergeNameVariants, sameActor } from './mergeNameVariants.ts';

describe('sameActor', () => {
  it('joins transliteration variants, typos and surnames alone', () => {
    expect(sameActor('Andrei Belousov', 'Andrey Belousov')).toBe(true);
    expect(sameActor('Andrei Belousov', 'Belusov')).toBe(true);
    expect(sameActor('Sergey Shoigu', 'Sergei Shoigu')).toBe(true);
    expect(sameActor('Patrick Ryder', 'Pat Ryder')).toBe(false);
  });

  it('keeps different people apart', () => {
    expect(sameActor('Lloyd Austin', 'Andrei Belousov')).toBe(false);
    expect(sameActor('Vladimir Putin', 'Vladimir Zelensky')).toBe(false);
    expect(sameActor('Lynne Tracy', 'Lynn Tracy')).toBe(true);
  });
});

describe('mergeNameVariants', () => {
  it('maps every variant to the fullest spelling most used', () => {
    const canonical = mergeNameVariants(new Map([['Andrei Belousov', 3], ['Andrey Belousov', 1], ['Belusov', 1], ['Belousov', 4], ['Lloyd Austin', 3]]));
    expect(canonical.get('Belusov')).toBe('Andrei Belousov');
    expect(canonical.get('Andrey Belousov')).toBe('Andrei Belousov');
    expect(canonical.get('Lloyd Austin')).toBe('Lloyd Austin');
  });

  it('measures edits', () => {
    expect(editDistance('belousov', 'belusov')).toBe(1);
    expect(editDistance('austin', 'belousov')).toBeGreaterThan(2);
  });
});
