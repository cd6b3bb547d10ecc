import { describe, expect, it } from 'vitest';
import { markdownText, metaDescription } from './metaDescription';

describe('markdownText', () => {
  it('keeps the words of inline Markdown and drops its marks and link targets', () => {
    expect(markdownText('The **first** call since [March 2023](https://example.org/a), by `phone`.')).toBe('The first call since March 2023, by phone.');
  });
  it('reads plain text and Markdown alike', () => {
    expect(markdownText('Talks resume on 9 July, officials say.')).toBe('Talks resume on 9 July, officials say.');
    expect(markdownText('- Talks resume\n- on *9 July*')).toBe('Talks resume on 9 July');
    expect(markdownText('1. First &amp; second')).toBe('First & second');
  });
  it('joins paragraphs with a space and leaves snake_case alone', () => {
    expect(markdownText('One.\n\nTwo  words\nhere, some_name.')).toBe('One. Two words here, some_name.');
  });
});

describe('metaDescription', () => {
  it('keeps short text as it is, whitespace collapsed', () => {
    expect(metaDescription('  A short\n summary. ')).toBe('A short summary.');
  });
  it('cuts long text at a word boundary, with an ellipsis, within the limit', () => {
    const text = 'Lloyd Austin and Andrei Belousov spoke by phone for the first time since March 2023, the Pentagon said, discussing the war in Ukraine and ways to keep lines open.';
    const cut = metaDescription(text, 80);
    expect(cut.length).toBeLessThanOrEqual(80);
    expect(cut).toBe('Lloyd Austin and Andrei Belousov spoke by phone for the first time since March…');
  });
  it('cuts a single long word rather than return nothing', () => {
    expect(metaDescription('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
