import { describe, expect, it } from 'vitest';
import { rovingIndex } from './rovingIndex';

describe('rovingIndex', () => {
  it('steps through the events in date order and stops at the ends', () => {
    expect(rovingIndex('ArrowRight', 0, 5)).toBe(1);
    expect(rovingIndex('ArrowLeft', 3, 5)).toBe(2);
    expect(rovingIndex('ArrowRight', 4, 5)).toBe(4);
    expect(rovingIndex('ArrowLeft', 0, 5)).toBe(0);
  });

  it('jumps to the first and last with Home and End', () => {
    expect(rovingIndex('Home', 3, 5)).toBe(0);
    expect(rovingIndex('End', 1, 5)).toBe(4);
  });

  it('walks the whole order one key at a time', () => {
    const seen = [0];
    for (let i = 0; i < 6; i++) seen.push(rovingIndex('ArrowRight', seen.at(-1)!, 4)!);
    expect(seen).toEqual([0, 1, 2, 3, 3, 3, 3]);
  });

  it('recovers from an index that no longer exists (after clustering changed the items)', () => {
    expect(rovingIndex('ArrowLeft', 9, 3)).toBe(1);
    expect(rovingIndex('ArrowRight', -1, 3)).toBe(1);
  });

  it('leaves other keys and empty overviews alone', () => {
    expect(rovingIndex('Enter', 1, 5)).toBeNull();
    expect(rovingIndex('ArrowUp', 1, 5)).toBeNull();
    expect(rovingIndex('ArrowRight', 0, 0)).toBeNull();
  });
});
