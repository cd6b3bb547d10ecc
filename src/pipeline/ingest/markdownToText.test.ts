import { describe, expect, it } from 'vitest';
import { markdownToText, readMarkdownBody } from './markdownToText.ts';

describe('markdownToText', () => {
  it('gives one block per paragraph, heading and list item, markup reduced to its words', () => {
    const md = '# Bridge reopens\n\nThe *new* span [opened](https://example.org) on **Monday** ![a crane](c.png).\n\n> Crews cheered.\n\n- one\n  - two\n\n```\ncode is left out\n```\n\n<div>html too</div>\n';
    expect(markdownToText(md)).toBe('Bridge reopens\n\nThe new span opened on Monday a crane.\n\nCrews cheered.\n\none\n\ntwo');
  });

  it('reads quotes nested 30,000 deep without overflowing the stack, and says what it left out', () => {
    const md = `The span opened on 4 May 2021.\n\n${'>'.repeat(30_000)} deep\n\nCrews cheered.`;
    const read = readMarkdownBody(md);
    expect(read.text).toBe('The span opened on 4 May 2021.\n\nCrews cheered.');
    expect(read.notes).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/nested deeper than/) })]);
  });

  // A hang guard: unbounded, remark spent minutes on each.
  it.each([
    ['lists by indentation', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')],
    ['emphasis around words', `${'*a '.repeat(20_000)}x${' a*'.repeat(20_000)}`],
    ['a run of emphasis marks', `${'_'.repeat(20_000)}x${'_'.repeat(20_000)}`],
  ])('ends on %s, keeping the text after it', (_, hostile) => {
    expect(markdownToText(`${hostile}\n\nCrews cheered.`).endsWith('Crews cheered.')).toBe(true);
  }, 20_000);
});
