import { describe, expect, it } from 'vitest';
import { deleteLines, insertLines, joinEditorialLines, replaceLines, splitEditorialLines } from './editorialLines.ts';

describe('editorialLines', () => {
  it.each(['', 'a', 'a\n', 'a\r\nb\r\n', 'a\rb', 'a\nb\r\nc\rd\n\re\u2028f\u0085', '\uFEFF---\r\n---\r\n'])('gives %j back byte for byte', (text) => {
    expect(joinEditorialLines(splitEditorialLines(text))).toBe(text);
  });

  it('splits where parseEditorial does, and takes the most used line end for new lines', () => {
    const doc = splitEditorialLines('a\r\nb\r\nc\nd');
    expect(doc.lines).toEqual(['a', 'b', 'c', 'd']);
    expect(doc.eol).toBe('\r\n');
    expect(splitEditorialLines('').eol).toBe('\n');
  });

  it('inserts with the file’s line end, after the last line too, keeping a missing final newline missing', () => {
    const doc = splitEditorialLines('a\r\nb');
    expect(joinEditorialLines(insertLines(doc, 1, ['x']))).toBe('a\r\nx\r\nb');
    expect(joinEditorialLines(insertLines(doc, 2, ['x', 'y']))).toBe('a\r\nb\r\nx\r\ny');
  });

  it('deletes, the new last line ending the file', () => {
    expect(joinEditorialLines(deleteLines(splitEditorialLines('a\nb\nc'), 1, 3))).toBe('a');
    expect(joinEditorialLines(deleteLines(splitEditorialLines('a\nb\n'), 0, 3))).toBe('');
  });

  it('replaces a range, the lines it shares keeping their own ends', () => {
    const doc = splitEditorialLines('a\r\nb\nc\r\n');
    expect(joinEditorialLines(replaceLines(doc, 0, 3, ['a', 'B', 'c']))).toBe('a\r\nB\nc\r\n');
    expect(joinEditorialLines(replaceLines(doc, 0, 3, ['a', 'x', 'y', 'c']))).toBe('a\r\nx\r\ny\r\nc\r\n');
  });
});
