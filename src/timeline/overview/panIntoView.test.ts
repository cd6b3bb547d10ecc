import { describe, expect, it } from 'vitest';
import { panIntoView } from './panIntoView';

describe('panIntoView', () => {
  it('leaves a visible mark alone', () => {
    expect(panIntoView(500, [0, 1000])).toBe(0);
  });

  it('pans a mark beyond either edge back inside, with a margin', () => {
    expect(panIntoView(-300, [0, 1000], 20)).toBe(320);
    expect(panIntoView(1500, [0, 1000], 20)).toBe(-520);
    expect(panIntoView(10, [0, 1000], 20)).toBe(10);
  });

  it('keeps the margin within half a narrow plot', () => {
    expect(panIntoView(0, [0, 30], 100)).toBe(15);
  });
});
