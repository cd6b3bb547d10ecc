import { describe, expect, it } from 'vitest';
import { joinEditorialLines, splitEditorialLines } from './editorialLines.ts';
import { readLayout } from './readLayout.ts';
import { removeFrontMatterId } from './removeFrontMatterId.ts';

const remove = (text: string, key: 'hide' | 'pin', id: string): string => {
  const doc = splitEditorialLines(text);
  return joinEditorialLines(removeFrontMatterId(doc, readLayout(doc.lines), key, id));
};

describe('removeFrontMatterId', () => {
  it.each([
    ['---\nhide: [a-1, b-2, c-3]  # why\n---\n', '---\nhide: [a-1, c-3]  # why\n---\n'],
    ['---\nhide: [a-1, b-2]\n---\n', '---\nhide: [a-1]\n---\n'],
    ['---\nhide: [b-2]\n---\n', '---\nhide: []\n---\n'],
    ['---\nhide: b-2\n---\n', '---\nhide: []\n---\n'],
    ['---\nhide:\n  - a-1   # one\n  - b-2   # two\n  # note\n  - c-3\n---\n', '---\nhide:\n  - a-1   # one\n  # note\n  - c-3\n---\n'],
    ['---\nhide:\n  - a-1\n  - b-2\n---\r\n', '---\nhide:\n  - a-1\n---\r\n'],
    ['---\r\nhide: [b-2, a-1, b-2]\r\n---\r\n', '---\r\nhide: [a-1]\r\n---\r\n'],
  ])('%j', (text, expected) => {
    expect(remove(text, 'hide', 'b-2')).toBe(expected);
  });

  it('leaves the other list, other files and broken YAML alone', () => {
    for (const text of ['---\npin: [b-2]\n---\n', '## b-2\nhide: true\n', '---\nhide: [b-2\n---\n']) expect(remove(text, 'hide', 'b-2')).toBe(text);
  });
});
