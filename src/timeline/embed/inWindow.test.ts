import { describe, expect, it } from 'vitest';
import { inWindow } from './inWindow';

describe('inWindow', () => {
  it('keeps everything without a window', () => {
    expect(inWindow('1962-10', undefined, null, null)).toBe(true);
  });

  it('bounds days on both ends, inclusive', () => {
    expect(inWindow('2031-02-03', undefined, '2031-02-03', '2031-02-03')).toBe(true);
    expect(inWindow('2031-02-02', undefined, '2031-02-03', null)).toBe(false);
    expect(inWindow('2031-02-04', undefined, null, '2031-02-03')).toBe(false);
  });

  it('keeps a range that overlaps the window', () => {
    expect(inWindow('2031-01-28', '2031-02-05', '2031-02-01', '2031-02-28')).toBe(true);
    expect(inWindow('2031-01-20', '2031-01-31', '2031-02-01', null)).toBe(false);
  });

  it('reads a month or year as its first day when it starts and its last when it ends', () => {
    expect(inWindow('2031-02', undefined, '2031-02-15', null)).toBe(true);
    expect(inWindow('2031-02-28', undefined, null, '2031-02')).toBe(true);
    expect(inWindow('2031-03-01', undefined, null, '2031-02')).toBe(false);
    expect(inWindow('2031', undefined, '2031-12-31', null)).toBe(true);
    expect(inWindow('2030', undefined, '2031', null)).toBe(false);
  });

  it('compares minute-precision dates by their day', () => {
    expect(inWindow('2031-02-03T23:50+03:00', undefined, '2031-02-03', '2031-02-03')).toBe(true);
  });
});
