import { describe, expect, it } from 'vitest';
import { htmlTokens, type HtmlToken } from './htmlTokens.ts';

const read = (html: string): string[] =>
  [...htmlTokens(html)].map((t: HtmlToken) => (t.kind === 'text' ? `"${html.slice(t.start, t.end)}"` : t.kind === 'raw' ? `${t.name}:"${html.slice(t.start, t.end)}"` : `${t.kind === 'open' ? '' : '/'}${t.name}`));

describe('htmlTokens', () => {
  it('splits tags and text, skipping comments and doctypes, keeping script content whole', () => {
    expect(read('<!DOCTYPE html><p class="x">A <b>bold</b> move<!-- <p>no --></p><script>if (a < b) "</p>"</script>')).toEqual([
      'p', '"A "', 'b', '"bold"', '/b', '" move"', '/p', 'script', 'script:"if (a < b) "</p>""', '/script',
    ]);
  });

  it('reads a "<" that opens no tag, and a tag never closed, as text', () => {
    expect(read('a < b <c')).toEqual(['"a < b <c"']);
  });

  it('ends on a long run of unclosed angle brackets', () => {
    expect([...htmlTokens(`${'<a'.repeat(200_000)}>x`)].length).toBe(2);
  }, 20_000);
});
