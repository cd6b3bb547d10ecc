import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, splitLongSentence } from './splitLongSentence.ts';
import { segmentSentences } from './segmentSentences.ts';

describe('splitLongSentence', () => {
  it('leaves a news-length sentence whole', () => {
    const text = 'The ferry left the harbour on Friday, the operator said.';
    expect(splitLongSentence(text, 0, text.length)).toEqual([{ start: 0, end: text.length }]);
  });

  it('cuts a run-on list into pieces within the bound, after a comma where it can, losing no word', () => {
    const text = `The orchestra played in ${Array.from({ length: 400 }, (_, i) => `hall ${i + 1}`).join(', ')}.`;
    const pieces = splitLongSentence(text, 0, text.length);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    for (const p of pieces.slice(0, -1)) expect(text.slice(p.start, p.end)).toMatch(/,$/);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(text);
  });

  it('cuts text without spaces at the bound, never inside a surrogate pair', () => {
    const text = `x${'🚢'.repeat(MAX_SENTENCE_LENGTH)}`;
    const pieces = splitLongSentence(text, 0, text.length);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(text.slice(p.start, p.end)).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
  });

  it('bounds every sentence segmentSentences gives', () => {
    const text = `Headline\n\n${'the delegates met on 4 May 2021 and '.repeat(2000)}then left.`;
    const spans = segmentSentences(text);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(spans.every((s) => text.slice(s.start, s.end).trim() === text.slice(s.start, s.end))).toBe(true);
  });
});
