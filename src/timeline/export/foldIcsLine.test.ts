import { describe, expect, it } from 'vitest';
import { foldIcsLine } from './foldIcsLine';

const octets = (s: string): number => new TextEncoder().encode(s).length;

describe('foldIcsLine', () => {
  it('leaves a short line alone', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('folds at 75 octets with CRLF and a space, and unfolds to the same text', () => {
    const line = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n')[0]).toHaveLength(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('never splits a multi-byte character or a surrogate pair', () => {
    const line = `SUMMARY:${'Ж'.repeat(50)}${'🗳'.repeat(30)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part);
      expect(/[\uD800-\uDBFF]$/.test(part)).toBe(false);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
