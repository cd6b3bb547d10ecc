import { describe, expect, it } from 'vitest';
import { boundMarkdownNesting, MAX_CONTAINER_DEPTH, MAX_INLINE_DELIMITERS } from './boundMarkdownNesting.ts';

describe('boundMarkdownNesting', () => {
  it('leaves what a person writes as it is', () => {
    const md = '## a-1\ntitle: T\n\nA **bold** and _italic_ [link](https://example.org).\n\n- one\n  - two\n    > quoted\n';
    expect(boundMarkdownNesting(md)).toEqual({ text: md, changes: [] });
  });

  it('blanks lines nested too deep, on one line or by indentation, keeping the line count', () => {
    const inline = `${'- '.repeat(MAX_CONTAINER_DEPTH + 5)}item`;
    const indented = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}- item`);
    const md = ['## a-1', '', inline, '', ...indented, '', 'Plain text after.'].join('\n');
    const bounded = boundMarkdownNesting(md);
    expect(bounded.text.split('\n')).toHaveLength(md.split('\n').length);
    expect(bounded.text).toContain('Plain text after.');
    expect(bounded.text).not.toContain(inline);
    expect(bounded.changes.map((c) => c.line)).toEqual([3, 5 + MAX_CONTAINER_DEPTH]);
    expect(boundMarkdownNesting(`${'>'.repeat(100)} deep`).text).toBe('');
  });

  it('keeps a paragraph with too many emphasis marks as plain characters', () => {
    const md = `Intro.\n\n${'*a '.repeat(MAX_INLINE_DELIMITERS)}x${' a*'.repeat(10)}\n`;
    const bounded = boundMarkdownNesting(md);
    expect(bounded.text.startsWith('Intro.\n\n\\*a \\*a')).toBe(true);
    expect(bounded.changes).toEqual([expect.objectContaining({ line: 3 })]);
  });

});
