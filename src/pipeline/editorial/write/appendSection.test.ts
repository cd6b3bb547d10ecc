import { describe, expect, it } from 'vitest';
import { appendSection } from './appendSection.ts';
import { joinEditorialLines, splitEditorialLines } from './editorialLines.ts';

const append = (text: string): string => joinEditorialLines(appendSection(splitEditorialLines(text), ['## a-1', 'title: T']));

describe('appendSection', () => {
  it.each([
    ['', '## a-1\ntitle: T\n'],
    ['x', 'x\n\n## a-1\ntitle: T'],
    ['x\n', 'x\n\n## a-1\ntitle: T\n'],
    ['x\n\n', 'x\n\n## a-1\ntitle: T\n'],
    ['x\n\n\n', 'x\n\n\n## a-1\ntitle: T\n'],
    ['x\r\ny\r\n', 'x\r\ny\r\n\r\n## a-1\r\ntitle: T\r\n'],
  ])('after %j', (text, expected) => {
    expect(append(text)).toBe(expected);
  });
});
