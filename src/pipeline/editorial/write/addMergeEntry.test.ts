import { describe, expect, it } from 'vitest';
import { addMergeEntry, yamlId } from './addMergeEntry.ts';
import { joinEditorialLines, splitEditorialLines } from './editorialLines.ts';
import { readLayout } from './readLayout.ts';

const add = (text: string): string => {
  const doc = splitEditorialLines(text);
  const result = addMergeEntry(doc, readLayout(doc.lines), ['a-1', 'b-2']);
  return 'reason' in result ? `refused: ${result.reason}` : joinEditorialLines(result.doc);
};

describe('addMergeEntry', () => {
  it.each([
    ['', '---\nmerge:\n  - [a-1, b-2]\n---\n'],
    ['<!-- notes -->\n\n## x-1\n', '<!-- notes -->\n\n---\nmerge:\n  - [a-1, b-2]\n---\n\n## x-1\n'],
    ['---\n---\n', '---\nmerge:\n  - [a-1, b-2]\n---\n'],
    ['---\ntitle: T   # ours\n---\n', '---\ntitle: T   # ours\nmerge:\n  - [a-1, b-2]\n---\n'],
    ['---\nmerge:\n- [c-3, d-4]   # same\n---\n', '---\nmerge:\n- [c-3, d-4]   # same\n- [a-1, b-2]\n---\n'],
    ['---\nmerge: [[c-3, d-4]]\n---\n', '---\nmerge: [[c-3, d-4], [a-1, b-2]]\n---\n'],
    ['---\nmerge: []\n---\n', '---\nmerge: [[a-1, b-2]]\n---\n'],
    ['---\nmerge:   # later\ntitle: T\n---\n', '---\nmerge:   # later\n  - [a-1, b-2]\ntitle: T\n---\n'],
    ['---\r\nmerge:\r\n  - [c-3, d-4]\r\n---\r\n', '---\r\nmerge:\r\n  - [c-3, d-4]\r\n  - [a-1, b-2]\r\n---\r\n'],
  ])('%j', (text, expected) => {
    expect(add(text)).toBe(expected);
  });

  it('refuses front matter it cannot read', () => {
    expect(add('---\nmerge: [a\n---\n')).toMatch(/not valid YAML/);
    expect(add('---\nmerge: yes\n---\n')).toMatch(/merge: is not a list/);
    expect(add('---\ntitle: T\n\n## a-1\n')).toMatch(/never closed/);
  });

  it('quotes an id YAML would read as a number', () => {
    expect(yamlId('a-1')).toBe('a-1');
    expect(yamlId('007')).toBe('"007"');
    expect(yamlId('1e3')).toBe('"1e3"');
    expect(yamlId('2014')).toBe('2014');
  });
});
