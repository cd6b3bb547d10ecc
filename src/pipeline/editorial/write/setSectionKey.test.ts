import { describe, expect, it } from 'vitest';
import { parseEditorial } from '../parseEditorial.ts';
import { editableSections } from './editableSections.ts';
import { joinEditorialLines, splitEditorialLines } from './editorialLines.ts';
import { readLayout } from './readLayout.ts';
import { setSectionKey, withValue, type OptionKey } from './setSectionKey.ts';

const set = (text: string, key: OptionKey, value: string): string => {
  const doc = splitEditorialLines(text);
  const [section] = editableSections(readLayout(doc.lines), parseEditorial(text).edits);
  return joinEditorialLines(setSectionKey(doc, section!, key, value));
};

describe('withValue', () => {
  it('keeps what stands before the value and a comment after it', () => {
    expect(withValue('  title:   Old   # wire', 'New')).toBe('  title:   New   # wire');
    expect(withValue('title: "Old # not a comment"  # but this is', 'New')).toBe('title: New  # but this is');
    expect(withValue('title:', 'New')).toBe('title: New');
  });
});

describe('setSectionKey', () => {
  it('rewrites the line the parser reads (the last of two)', () => {
    expect(set('## a-1\ntitle: A\ntitle: B\n', 'title', 'C')).toBe('## a-1\ntitle: A\ntitle: C\n');
  });

  it('adds a key after the last option, before summary text in the same paragraph', () => {
    expect(set('## a-1\ntitle: A\nSummary.\n', 'kind', 'main')).toBe('## a-1\ntitle: A\nkind: main\nSummary.\n');
  });

  it('adds to a paragraph of unknown keys, which is an options paragraph', () => {
    expect(set('## a-1\ncolour: red\n', 'pin', 'true')).toBe('## a-1\ncolour: red\npin: true\n');
  });

  it('opens an options paragraph under the heading, after a leading comment too', () => {
    expect(set('## a-1\nSummary.\n', 'hide', 'true')).toBe('## a-1\nhide: true\n\nSummary.\n');
    expect(set('## a-1\n\nSummary.\n', 'hide', 'true')).toBe('## a-1\nhide: true\n\nSummary.\n');
    expect(set('## a-1\n<!-- c -->\ntitle: A\n', 'kind', 'main')).toBe('## a-1\n<!-- c -->\ntitle: A\nkind: main\n');
  });
});
