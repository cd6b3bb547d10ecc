/** editorial.md that would keep a Markdown parser busy for minutes is read in time linear in its size, and the other edits still apply. */
import { describe, expect, it } from 'vitest';
import { parseEditorial } from './parseEditorial.ts';

/** Each case took remark over 15 s before nesting was bounded (minutes for the larger ones); bounded, well under a second unloaded. */
const BOUND_MS = 15_000;
const AFTER = '\n\n## b-2\ntitle: Still applied\n';

describe('parseEditorial: hostile nesting', () => {
  it.each([
    ['lists nested on one line', `${'- '.repeat(8000)}item`],
    ['quotes nested on one line', `${'> '.repeat(60000)}deep`],
    ['lists nested by indentation', Array.from({ length: 600 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')],
    ['a run of emphasis', `${'*a '.repeat(8000)}x${' a*'.repeat(8000)}`],
    ['a run of image openers before escaped brackets', '!\\]a'.repeat(40000)],
  ])('%s', (_, hostile) => {
    const started = performance.now();
    const { edits, diagnostics } = parseEditorial(`## a-1\ntitle: First\n\n${hostile}${AFTER}`);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(edits.sections.map((s) => [s.id, s.title?.value])).toEqual([
      ['a-1', 'First'],
      ['b-2', 'Still applied'],
    ]);
    expect(diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ line: 4, level: 'warning' })]));
  }, 60_000);
});
