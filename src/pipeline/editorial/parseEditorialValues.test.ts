/** editorial.md's values are checked where they enter: wrong kinds and over-long text are reported at their lines. */
import { describe, expect, it } from 'vitest';
import { MAX_EDITORIAL_TITLE_CHARS } from './editorialSchemas.ts';
import { parseEditorial } from './parseEditorial.ts';

describe('parseEditorial: values', () => {
  it.each(['true', '[a, b]', '{ x: 1 }'])('reports a front-matter title: %s that is not text, at its line', (value) => {
    const { edits, diagnostics } = parseEditorial(`---\n\ntitle: ${value}\n---\n`);
    expect(edits.title).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ line: 3, level: 'error', message: expect.stringMatching(/title/) })]);
  });

  it('reads hide, pin and merge ids that YAML sees as numbers as written (007, 1e3)', () => {
    const { edits, diagnostics } = parseEditorial('---\nhide: [007]\npin: [1e3]\nmerge:\n  - [2021, 0x1f]\n---\n');
    expect(diagnostics).toEqual([]);
    expect(edits.hide).toEqual([{ value: '007', line: 2 }]);
    expect(edits.pin).toEqual([{ value: '1e3', line: 3 }]);
    expect(edits.merge).toEqual([[{ value: '2021', line: 5 }, { value: '0x1f', line: 5 }]]);
  });

  it('reads a title that YAML sees as a number as its text', () => {
    expect(parseEditorial('---\ntitle: 1984\n---\n').edits.title).toEqual({ value: '1984', line: 2 });
  });

  it('keeps the start of an over-long story title or event title, with a warning', () => {
    const long = 'Words '.repeat(200).trim();
    const { edits, diagnostics } = parseEditorial(`---\ntitle: ${long}\n---\n\n## a-1\ntitle: ${long}\n`);
    expect(edits.title!.value.length).toBeLessThanOrEqual(MAX_EDITORIAL_TITLE_CHARS);
    expect(edits.sections[0]!.title!.value.length).toBeLessThanOrEqual(MAX_EDITORIAL_TITLE_CHARS);
    expect(diagnostics.map((d) => [d.line, d.level])).toEqual([
      [2, 'warning'],
      [6, 'warning'],
    ]);
  });

  it('reads CR-only line ends, keeping the lines of the file', () => {
    const { edits, diagnostics } = parseEditorial(['---', 'pin: [a-1]', '---', '', '## a-1', 'title: T', '', 'Summary.'].join('\r'));
    expect(diagnostics).toEqual([]);
    expect(edits.pin).toEqual([{ value: 'a-1', line: 2 }]);
    expect(edits.sections[0]).toMatchObject({ line: 5, title: { value: 'T', line: 6 }, summary: { value: 'Summary.', line: 8 } });
  });

  it('reports an event date that is no calendar day, or out of range', () => {
    const { edits, diagnostics } = parseEditorial('## a-1\ndate: 2024-02-30\n\n## a-2\ndate: 99999-01-01\n');
    expect(edits.sections.every((s) => s.date === undefined)).toBe(true);
    expect(diagnostics.map((d) => d.line)).toEqual([2, 5]);
  });
});
