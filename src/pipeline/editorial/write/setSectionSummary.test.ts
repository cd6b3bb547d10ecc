import { describe, expect, it } from 'vitest';
import { parseEditorial } from '../parseEditorial.ts';
import { editableSections } from './editableSections.ts';
import { joinEditorialLines, splitEditorialLines } from './editorialLines.ts';
import { readLayout } from './readLayout.ts';
import { setSectionSummary } from './setSectionSummary.ts';

const set = (text: string, paragraphs: string[]): string => {
  const doc = splitEditorialLines(text);
  const [section] = editableSections(readLayout(doc.lines), parseEditorial(text).edits);
  return joinEditorialLines(setSectionSummary(doc, section!, paragraphs));
};

describe('setSectionSummary', () => {
  it('puts the new text where the first summary paragraph was, dropping the others but not comments', () => {
    expect(set('## a-1\ntitle: T\n\nOne.\n\n<!-- keep -->\n\nTwo.\n\n## b-2\n', ['New.'])).toBe('## a-1\ntitle: T\n\nNew.\n\n<!-- keep -->\n\n## b-2\n');
  });

  it('adds a summary after the options, apart from the next section', () => {
    expect(set('## a-1\ntitle: T\n## b-2\n', ['New.', 'More.'])).toBe('## a-1\ntitle: T\n\nNew.\n\nMore.\n\n## b-2\n');
  });

  it('removes a summary, and summary text that shared the options paragraph', () => {
    expect(set('## a-1\ntitle: T\nInline.\n\nTwo.\n', [])).toBe('## a-1\ntitle: T\n');
    expect(set('## a-1\n\nOnly.\n', [])).toBe('## a-1\n');
  });
});
