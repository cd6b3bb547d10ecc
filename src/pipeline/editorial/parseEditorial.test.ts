import { describe, expect, it } from 'vitest';
import { parseEditorial, parseEditorialDate } from './parseEditorial.ts';

describe('parseEditorial', () => {
  it('reads front matter after a leading HTML comment', () => {
    const md = ['<!--', 'how to use this file', '-->', '---', 'title: A person’s title', 'hide: [a-1]', 'pin: [b-2, c-3]', 'merge:', '  - [d-4, e-5, f-6]', '---', ''].join('\n');
    const { edits, diagnostics } = parseEditorial(md);
    expect(diagnostics).toEqual([]);
    expect(edits.title).toEqual({ value: 'A person’s title', line: 5 });
    expect(edits.hide).toEqual([{ value: 'a-1', line: 6 }]);
    expect(edits.pin.map((p) => p.value)).toEqual(['b-2', 'c-3']);
    expect(edits.merge).toEqual([[{ value: 'd-4', line: 9 }, { value: 'e-5', line: 9 }, { value: 'f-6', line: 9 }]]);
    expect(edits.sections).toEqual([]);
  });

  it('splits a section into options and a Markdown summary', () => {
    const md = ['## 2024-06-25-call', 'title: A better title', 'kind: background', 'date: 2024-06', 'pin: true', '', 'A **rewritten** summary.', 'Second line [link](https://example.org).', '', 'Another paragraph.'].join('\n');
    const { edits, diagnostics } = parseEditorial(md);
    expect(diagnostics).toEqual([]);
    const [section] = edits.sections;
    expect(section).toMatchObject({
      id: '2024-06-25-call',
      line: 1,
      isNew: false,
      title: { value: 'A better title', line: 2 },
      kind: { value: 'background', line: 3 },
      date: { value: { start: '2024-06', precision: 'month' }, line: 4 },
      pin: { value: true, line: 5 },
      summary: { value: 'A **rewritten** summary.\nSecond line [link](https://example.org).\n\nAnother paragraph.', line: 7 },
    });
    expect(section!.hide).toBeUndefined();
  });

  it('keeps summary text that follows option lines in the same paragraph, and a summary that merely starts like "Note: …"', () => {
    const { edits } = parseEditorial('## x-1\ntitle: T\nThe summary right away.\n\n## x-2\nNote: this is prose, not an option.\n');
    expect(edits.sections[0]).toMatchObject({ title: { value: 'T' }, summary: { value: 'The summary right away.', line: 3 } });
    expect(edits.sections[1]!.title).toBeUndefined();
    expect(edits.sections[1]!.summary?.value).toBe('Note: this is prose, not an option.');
  });

  it('reads a new event with a quoted quote and a trailing comment on the source', () => {
    const md = ['## new: 2024-06-27-added', 'date: 2024-06-27', 'title: Added by hand', 'source: https://example.org/report        # a URL', 'quote: "The exact words: quoted # not a comment."', '', 'Optional summary.'].join('\n');
    const { edits, diagnostics } = parseEditorial(md);
    expect(diagnostics).toEqual([]);
    expect(edits.sections[0]).toMatchObject({
      id: '2024-06-27-added',
      isNew: true,
      source: { value: 'https://example.org/report', line: 4 },
      quote: { value: 'The exact words: quoted # not a comment.', line: 5 },
      summary: { value: 'Optional summary.' },
    });
  });

  it('reports broken YAML front matter with the file and the line, and does not throw', () => {
    const md = ['---', 'title: fine', 'hide: [a-1', 'pin: [b-2]', '---', '', '## b-2', 'title: Still read'].join('\n');
    const { edits, diagnostics } = parseEditorial(md, 'seeds/editorial.md');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({ file: 'seeds/editorial.md', level: 'error' });
    expect(diagnostics[0]!.message).toMatch(/not valid YAML/);
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
    expect(diagnostics[0]!.line).toBeLessThanOrEqual(4);
    expect(edits.hide).toEqual([]);
    expect(edits.sections[0]).toMatchObject({ id: 'b-2', line: 7, title: { value: 'Still read' } });
  });

  it('reports each YAML error once, at the line of the file where it is', () => {
    const { diagnostics } = parseEditorial(['<!-- c -->', '---', 'title: fine', 'hide: a: b', '---'].join('\n'));
    expect(diagnostics).toEqual([expect.objectContaining({ line: 4, level: 'error', message: expect.stringMatching(/not valid YAML/) })]);
    const twice = parseEditorial(['---', 'hide: a: b', '  x: [', '---'].join('\n')).diagnostics;
    expect(new Set(twice.map((d) => `${d.line} ${d.message}`)).size).toBe(twice.length);
    expect(twice.every((d) => d.line === 2 || d.line === 3)).toBe(true);
    expect(parseEditorial('---\ntitle: "unclosed\n---\n').diagnostics).toEqual([expect.objectContaining({ line: 2 })]);
  });

  it('reports YAML that is valid but of the wrong shape, at its line', () => {
    const md = ['---', 'title: ok', 'hide: [Not An Id, a-1]', 'merge:', '  - [only-one]', 'colour: red', '---'].join('\n');
    const { edits, diagnostics } = parseEditorial(md);
    expect(edits.hide.map((h) => h.value)).toEqual(['a-1']);
    expect(edits.merge).toEqual([]);
    expect(diagnostics.map((d) => [d.line, d.level])).toEqual([
      [3, 'error'],
      [5, 'error'],
      [6, 'warning'],
    ]);
  });

  it('reports an unclosed front matter at its opening line', () => {
    const { diagnostics, edits } = parseEditorial('\n---\ntitle: x\n\n## a-1\ntitle: y\n');
    expect(diagnostics).toEqual([expect.objectContaining({ line: 2, level: 'error', message: expect.stringMatching(/never closed/) })]);
    expect(edits.title).toBeUndefined();
    expect(edits.sections.map((s) => s.id)).toEqual(['a-1']);
  });

  it('reports malformed sections and options with their lines', () => {
    const md = ['Stray text.', '', '## Not An Id', 'title: ignored', '', '## a-1', 'kind: sideline', 'date: 2024-02-30', 'hide: maybe', 'colour: red', '', '- a list', '', '### sub'].join('\n');
    const { edits, diagnostics } = parseEditorial(md);
    expect(diagnostics.map((d) => d.line)).toEqual([1, 3, 7, 8, 9, 10, 12, 14]);
    expect(edits.sections).toEqual([{ id: 'a-1', line: 6, isNew: false }]);
  });

  it('ignores HTML comments between sections and in them', () => {
    const { edits, diagnostics } = parseEditorial('<!-- top -->\n\n## a-1\n<!-- note -->\n\ntitle: T\n\n<!-- x -->\n\nSummary.\n');
    expect(diagnostics).toEqual([]);
    expect(edits.sections[0]).toMatchObject({ summary: { value: 'Summary.' } });
    // Options belong to the first paragraph; an HTML comment before them does not change that.
    expect(edits.sections[0]!.title?.value).toBe('T');
  });

  it('uses the line numbers of the file with Windows line ends', () => {
    const { edits } = parseEditorial('---\r\npin: [a-1]\r\n---\r\n\r\n## a-1\r\ntitle: T\r\n');
    expect(edits.pin).toEqual([{ value: 'a-1', line: 2 }]);
    expect(edits.sections[0]).toMatchObject({ line: 5, title: { value: 'T', line: 6 } });
  });
});

describe('parseEditorialDate', () => {
  it('gives the precision of an ISO date cut to it, and ranges', () => {
    expect(parseEditorialDate('2014')).toEqual({ start: '2014', precision: 'year' });
    expect(parseEditorialDate('2024-06-25')).toEqual({ start: '2024-06-25', precision: 'day' });
    expect(parseEditorialDate('2024-07-12T19:50+03:00')).toEqual({ start: '2024-07-12T19:50+03:00', precision: 'minute' });
    expect(parseEditorialDate('2024-07-09/2024-07-11')).toEqual({ start: '2024-07-09', end: '2024-07-11', precision: 'day' });
    for (const bad of ['2024-13', '2023-02-29', '24-06-25', 'June 2024', '2024-07-11/2024-07-09', '2024/2024-07']) expect(parseEditorialDate(bad)).toBeUndefined();
  });
});
