import { describe, expect, it } from 'vitest';
import { findFrontMatter } from './findFrontMatter.ts';
import { splitFrontMatter } from './splitFrontMatter.ts';

describe('findFrontMatter', () => {
  it('finds a block first in the file, after blank lines and comments, closed by --- or ...', () => {
    expect(findFrontMatter(['---', 'title: A', '---', 'body'])).toEqual({ open: 0, close: 2 });
    expect(findFrontMatter(['', '<!-- note', 'more -->', '---', 'a: 1', '...'])).toEqual({ open: 3, close: 5 });
    expect(findFrontMatter(['---', 'a: 1'])).toEqual({ open: 0 });
    expect(findFrontMatter(['Text first', '---'])).toBeUndefined();
  });

  it('is the rule articles are split by, with the body’s first line counted from the file', () => {
    const split = splitFrontMatter('<!-- saved -->\n---\ntitle: Floods\n---\nThe river rose.');
    expect(split).toMatchObject({ data: { title: 'Floods' }, body: 'The river rose.', bodyLine: 5 });
    expect(splitFrontMatter('---\ntitle: never closed\nThe river rose.').body).toBe('---\ntitle: never closed\nThe river rose.');
  });
});
