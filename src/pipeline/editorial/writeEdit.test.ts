/** writeEdit: each edit on an empty file, on a file with the event's section, and on a hand-written CRLF file; exact outputs, read-backs, refusals. */
import { describe, expect, it } from 'vitest';
import { parseEditorial } from './parseEditorial.ts';
import type { EditorialEdits } from './types.ts';
import { writeEdit, type EditorialEdit } from './writeEdit.ts';

/** The text writeEdit returns, asserting it accepted the edit. */
function written(markdown: string, edit: EditorialEdit): string {
  const result = writeEdit(markdown, edit);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.markdown;
}

function refusal(markdown: string, edit: EditorialEdit): string {
  const result = writeEdit(markdown, edit);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.reason;
}

/** What a parsed file says of one event's value, by applyEditorial's order (written out here, independently of the writer). */
function valueOf(edits: EditorialEdits, id: string, key: 'title' | 'summary' | 'kind' | 'date'): unknown {
  const own = edits.sections.filter((s) => s.id === id);
  return [...own.filter((s) => !s.isNew)].reverse().find((s) => s[key])?.[key]?.value ?? own.find((s) => s.isNew)?.[key]?.value;
}
function flagOf(edits: EditorialEdits, id: string, key: 'hide' | 'pin'): boolean {
  const last = edits.sections.filter((s) => s.id === id && s[key]).pop();
  return last ? last[key]!.value : edits[key].some((l) => l.value === id);
}

/** The edit, read back from the written file. */
function expectReadBack(markdown: string, edit: EditorialEdit): void {
  const { edits } = parseEditorial(markdown);
  switch (edit.type) {
    case 'title':
      return expect(valueOf(edits, edit.id, 'title')).toBe(edit.title);
    case 'summary':
      return expect(valueOf(edits, edit.id, 'summary')).toBe(edit.summary || undefined);
    case 'kind':
      return expect(valueOf(edits, edit.id, 'kind')).toBe(edit.kind);
    case 'date':
      return expect(valueOf(edits, edit.id, 'date')).toMatchObject({ start: edit.date.split('/')[0] });
    case 'hide':
      return expect(flagOf(edits, edit.id, 'hide')).toBe(edit.hide);
    case 'pin':
      return expect(flagOf(edits, edit.id, 'pin')).toBe(edit.pin);
    case 'merge':
      return expect(edits.merge.map((m) => m.map((l) => l.value))).toContainEqual(edit.ids);
    case 'add': {
      const added = edits.sections.find((s) => s.isNew && s.title?.value === edit.title);
      expect(added).toMatchObject({ date: { value: { start: edit.date } }, source: { value: edit.source }, quote: { value: edit.quote } });
    }
  }
}

const ADD: EditorialEdit = { type: 'add', date: '2031-03-14', title: 'Council opens the tender', source: 'https://example.org/report', quote: 'The exact words.' };
const ADDED = ['## new: 2031-03-14-council-opens-the-tender', 'date: 2031-03-14', 'title: Council opens the tender', 'source: https://example.org/report', 'quote: "The exact words."'];

describe('writeEdit on an empty file', () => {
  it.each<[EditorialEdit, string]>([
    [{ type: 'title', id: 'a-1', title: 'A title' }, '## a-1\ntitle: A title\n'],
    [{ type: 'summary', id: 'a-1', summary: 'A **summary**.\n\nTwo paragraphs.' }, '## a-1\n\nA **summary**.\n\nTwo paragraphs.\n'],
    [{ type: 'date', id: 'a-1', date: '2031-03-14T09:30+01:00' }, '## a-1\ndate: 2031-03-14T09:30+01:00\n'],
    [{ type: 'date', id: 'a-1', date: '2031-03-14/2031-03-16' }, '## a-1\ndate: 2031-03-14/2031-03-16\n'],
    [{ type: 'kind', id: 'a-1', kind: 'background' }, '## a-1\nkind: background\n'],
    [{ type: 'hide', id: 'a-1', hide: true }, '## a-1\nhide: true\n'],
    [{ type: 'pin', id: 'a-1', pin: true }, '## a-1\npin: true\n'],
    [{ type: 'merge', ids: ['a-1', 'b-2', 'c-3'] }, '---\nmerge:\n  - [a-1, b-2, c-3]\n---\n'],
    [ADD, `${ADDED.join('\n')}\n`],
  ])('%j', (edit, expected) => {
    const markdown = written('', edit);
    expect(markdown).toBe(expected);
    expect(parseEditorial(markdown).diagnostics).toEqual([]);
    expectReadBack(markdown, edit);
  });

  it('returns the made id of an added event, and nothing to do for what the file already says', () => {
    expect(writeEdit('', ADD)).toMatchObject({ ok: true, id: '2031-03-14-council-opens-the-tender' });
    expect(writeEdit('', { type: 'hide', id: 'a-1', hide: false })).toEqual({ ok: true, markdown: '' });
    expect(writeEdit('', { type: 'summary', id: 'a-1', summary: '' })).toEqual({ ok: true, markdown: '' });
  });
});

describe('writeEdit on a file with the event’s section', () => {
  const FILE = '## a-1\ntitle: Old\n\nOld summary.\n';
  it.each<[EditorialEdit, string]>([
    [{ type: 'title', id: 'a-1', title: 'New' }, '## a-1\ntitle: New\n\nOld summary.\n'],
    [{ type: 'summary', id: 'a-1', summary: 'New summary.' }, '## a-1\ntitle: Old\n\nNew summary.\n'],
    [{ type: 'summary', id: 'a-1', summary: '' }, '## a-1\ntitle: Old\n'],
    [{ type: 'date', id: 'a-1', date: '2031-03' }, '## a-1\ntitle: Old\ndate: 2031-03\n\nOld summary.\n'],
    [{ type: 'kind', id: 'a-1', kind: 'main' }, '## a-1\ntitle: Old\nkind: main\n\nOld summary.\n'],
    [{ type: 'hide', id: 'a-1', hide: true }, '## a-1\ntitle: Old\nhide: true\n\nOld summary.\n'],
    [{ type: 'pin', id: 'a-1', pin: true }, '## a-1\ntitle: Old\npin: true\n\nOld summary.\n'],
    [{ type: 'merge', ids: ['a-1', 'b-2'] }, '---\nmerge:\n  - [a-1, b-2]\n---\n\n## a-1\ntitle: Old\n\nOld summary.\n'],
    [ADD, `${FILE}\n${ADDED.join('\n')}\n`],
  ])('%j', (edit, expected) => {
    const markdown = written(FILE, edit);
    expect(markdown).toBe(expected);
    expectReadBack(markdown, edit);
  });

  it('turns its own hide/pin line off, keeping the comment on it', () => {
    expect(written('## a-1\nhide: true   # asked by legal\n', { type: 'hide', id: 'a-1', hide: false })).toBe('## a-1\nhide: false   # asked by legal\n');
  });

  it('writes into a `## new:` section for an event added by hand', () => {
    const file = `${ADDED.join('\n')}\n`;
    expect(written(file, { type: 'title', id: '2031-03-14-council-opens-the-tender', title: 'Tender opens' })).toBe(file.replace('title: Council opens the tender', 'title: Tender opens'));
    expect(written(file, { type: 'pin', id: '2031-03-14-council-opens-the-tender', pin: true })).toBe(`${file}pin: true\n`);
  });
});

/** Hand-written: a leading comment, front-matter comments, odd spacing, a comment under the heading, CRLF. */
const HAND = [
  '<!-- Desk notes: keep this. -->',
  '---',
  "title: Our story   # the desk's",
  'hide: [a-old, b-gone]   # legal asked',
  'pin:',
  '  - p-first   # lead',
  '---',
  '',
  '',
  '##   c-call',
  '<!-- checked by Ann -->',
  'title:   Old title   # from the wire',
  'kind: main',
  '',
  'First summary,',
  'line two.',
  '',
  '<!-- between -->',
  '',
  'Second paragraph.',
  '',
  '## d-plain',
  'A summary only.',
  '',
];
const crlf = (lines: readonly string[]): string => lines.join('\r\n');
/** HAND with lines [from, to) replaced. */
const handWith = (from: number, to: number, ...lines: string[]): string => crlf([...HAND.slice(0, from), ...lines, ...HAND.slice(to)]);

describe('writeEdit on a hand-written file: only the lines the edit concerns change', () => {
  it('parses cleanly to start with', () => {
    expect(parseEditorial(crlf(HAND)).diagnostics).toEqual([]);
  });

  it.each<[string, EditorialEdit, string]>([
    ['retitles in place, keeping spacing and comment', { type: 'title', id: 'c-call', title: 'New title' }, handWith(11, 12, 'title:   New title   # from the wire')],
    ['gives a section with only a summary its options paragraph', { type: 'title', id: 'd-plain', title: 'Plain' }, handWith(22, 22, 'title: Plain', '')],
    ['appends a section for an event without one', { type: 'title', id: 'e-new', title: 'Added' }, handWith(23, 23, '', '## e-new', 'title: Added')],
    ['rewrites a summary, keeping the comment between its paragraphs', { type: 'summary', id: 'c-call', summary: 'Rewritten.' }, crlf([...HAND.slice(0, 14), 'Rewritten.', '', '<!-- between -->', ...HAND.slice(20)])],
    ['removes a summary', { type: 'summary', id: 'd-plain', summary: '' }, handWith(22, 23)],
    ['changes a date next to the other options', { type: 'date', id: 'c-call', date: '2031-03-14' }, handWith(13, 13, 'date: 2031-03-14')],
    ['changes a kind in place', { type: 'kind', id: 'c-call', kind: 'background' }, handWith(12, 13, 'kind: background')],
    ['hides in the section', { type: 'hide', id: 'c-call', hide: true }, handWith(13, 13, 'hide: true')],
    ['un-hides from the front-matter list, keeping the rest and its comment', { type: 'hide', id: 'a-old', hide: false }, handWith(3, 4, 'hide: [b-gone]   # legal asked')],
    ['un-pins from a block list, taking its line', { type: 'pin', id: 'p-first', pin: false }, handWith(5, 6)],
    ['pins in the section', { type: 'pin', id: 'd-plain', pin: true }, handWith(22, 22, 'pin: true', '')],
    ['merges in the front matter', { type: 'merge', ids: ['c-call', 'd-plain'] }, handWith(6, 6, 'merge:', '  - [c-call, d-plain]')],
    ['adds a new event at the end', ADD, handWith(23, 23, '', ...ADDED)],
  ])('%s', (_, edit, expected) => {
    const markdown = written(crlf(HAND), edit);
    expect(markdown).toBe(expected);
    expect(parseEditorial(markdown).diagnostics).toEqual([]);
    expectReadBack(markdown, edit);
  });

  it('keeps a file without a final line end without one, and CR-only line ends', () => {
    expect(written('## a-1\rtitle: Old', { type: 'kind', id: 'a-1', kind: 'main' })).toBe('## a-1\rtitle: Old\rkind: main');
    expect(written('\uFEFF## a-1\r\ntitle: Old', { type: 'title', id: 'b-2', title: 'B' })).toBe('\uFEFF## a-1\r\ntitle: Old\r\n\r\n## b-2\r\ntitle: B');
  });
});

describe('writeEdit: values read back exactly', () => {
  it.each(['Talks end # for now', '"Never", he said', "It's 'quoted'", '#hashtag', '- dash first', 'Zoë’s café: “talks”'])('title %j', (title) => {
    const markdown = written('', { type: 'title', id: 'a-1', title });
    expectReadBack(markdown, { type: 'title', id: 'a-1', title });
  });

  it('folds a title’s line breaks and runs of spaces, as the parser reads them', () => {
    expect(written('', { type: 'title', id: 'a-1', title: ' Two\nlines  here ' })).toBe('## a-1\ntitle: Two lines here\n');
  });

  it('keeps a summary that starts like an option from being read as one', () => {
    const markdown = written('', { type: 'summary', id: 'a-1', summary: 'note: the ministry denies it.' });
    expect(markdown).toBe('## a-1\n\nnote\\: the ministry denies it.\n');
    expect(parseEditorial(markdown).edits.sections[0]).toEqual({ id: 'a-1', line: 1, isNew: false, summary: { value: 'note\\: the ministry denies it.', line: 3 } });
    // After an options paragraph it is safe as written.
    expect(written('## a-1\ntitle: T\n', { type: 'summary', id: 'a-1', summary: 'date: unknown.' })).toBe('## a-1\ntitle: T\n\ndate: unknown.\n');
  });

  it('moves summary text that followed the options in their paragraph into a paragraph of its own', () => {
    expect(written('## a-1\ntitle: T\nOld summary.\n', { type: 'summary', id: 'a-1', summary: 'kind: not an option.' })).toBe('## a-1\ntitle: T\n\nkind: not an option.\n');
  });

  it('quotes an added event’s quote and a source with a comment-like part', () => {
    const markdown = written('', { ...ADD, quote: 'He said: "no" # twice', source: 'https://example.org/a b #c' } as EditorialEdit);
    expect(markdown).toContain(`quote: 'He said: "no" # twice'\n`);
    expect(parseEditorial(markdown).edits.sections[0]).toMatchObject({ quote: { value: 'He said: "no" # twice' }, source: { value: 'https://example.org/a b #c' } });
  });
});

describe('writeEdit: idempotent and composable', () => {
  const edits: EditorialEdit[] = [
    { type: 'title', id: 'c-call', title: 'A call' },
    { type: 'summary', id: 'c-call', summary: 'One.\n\nTwo.' },
    { type: 'date', id: 'c-call', date: '2031-03-14' },
    { type: 'kind', id: 'c-call', kind: 'background' },
    { type: 'hide', id: 'd-plain', hide: true },
    { type: 'pin', id: 'c-call', pin: true },
    { type: 'merge', ids: ['c-call', 'x-1'] },
    ADD,
    { type: 'hide', id: 'b-gone', hide: false },
  ];

  it.each(edits)('repeating %j changes nothing', (edit) => {
    const once = written(crlf(HAND), edit);
    expect(written(once, edit)).toBe(once);
  });

  it('applies a run of edits, each still read back at the end', () => {
    const markdown = edits.reduce(written, crlf(HAND));
    expect(parseEditorial(markdown).diagnostics).toEqual([]);
    for (const edit of edits) expectReadBack(markdown, edit);
    expect(markdown.startsWith(crlf(HAND.slice(0, 3)))).toBe(true);
    expect(markdown.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('adds twice under two ids when the events differ, once when they are the same', () => {
    const once = written('', ADD);
    expect(writeEdit(once, ADD)).toEqual({ ok: true, markdown: once, id: '2031-03-14-council-opens-the-tender' });
    expect(writeEdit(once, { ...ADD, quote: 'Other words.' } as EditorialEdit)).toMatchObject({ ok: true, id: '2031-03-14-council-opens-the-tender-2' });
    expect(writeEdit('', { ...ADD, taken: ['2031-03-14-council-opens-the-tender'] } as EditorialEdit)).toMatchObject({ id: '2031-03-14-council-opens-the-tender-2' });
  });
});

describe('writeEdit refuses, saying why', () => {
  it.each<[string, string, EditorialEdit, RegExp]>([
    ['a bad id', '', { type: 'title', id: 'Not An Id', title: 'T' }, /"Not An Id" is not an event id/],
    ['a bad date', '', { type: 'date', id: 'a-1', date: '2031-02-30' }, /"2031-02-30" is not a date/],
    ['a range of two precisions', '', { type: 'date', id: 'a-1', date: '2031/2031-03' }, /is not a date/],
    ['an empty title', '', { type: 'title', id: 'a-1', title: ' \n ' }, /the title is empty/],
    ['an over-long title', '', { type: 'title', id: 'a-1', title: 'word '.repeat(100) }, /the title is longer than 300 characters/],
    ['a summary with a heading that would start a section', '', { type: 'summary', id: 'a-1', summary: 'Intro.\n\n## b-2' }, /the summary would be read as "Intro\." \(a summary is plain Markdown paragraphs/],
    ['a summary underlined into a heading', '', { type: 'summary', id: 'a-1', summary: 'Intro\n---\nmore' }, /the summary would make editorial.md report a problem: section "## Intro"/],
    ['a summary with a list', '## a-1\ntitle: T\n', { type: 'summary', id: 'a-1', summary: '- one\n- two' }, /a list was ignored/],
    ['a merge of one id', '', { type: 'merge', ids: ['a-1', 'a-1'] }, /at least two different event ids/],
    ['a merge into an id merged away', '---\nmerge:\n  - [a-1, b-2]\n---\n', { type: 'merge', ids: ['b-2', 'c-3'] }, /"b-2" was already merged into "a-1"/],
    ['an edit of an id merged away', '---\nmerge:\n  - [a-1, b-2]\n---\n', { type: 'title', id: 'b-2', title: 'T' }, /edit "a-1" instead/],
    ['a merge in a broken front matter', '---\nhide: [a-1\n---\n', { type: 'merge', ids: ['a-1', 'b-2'] }, /not valid YAML/],
    ['an added id already in the file', '## a-1\ntitle: T\n', { ...ADD, id: 'a-1' } as EditorialEdit, /"a-1" is already used in editorial.md/],
    ['an added event with a javascript: source', '', { ...ADD, source: 'javascript:alert(1)' } as EditorialEdit, /neither an http\(s\) URL nor a source id/],
    ['an added event with no quote', '', { ...ADD, quote: '' } as EditorialEdit, /the quote is empty/],
    ['an edit of an unknown type', '', { type: 'colour', id: 'a-1' } as unknown as EditorialEdit, /an edit is one of/],
  ])('%s', (_, markdown, edit, reason) => {
    expect(refusal(markdown, edit)).toMatch(reason);
  });

  it('never returns a file with a problem the input did not have: an edit that would be swallowed by an unclosed comment', () => {
    expect(refusal('## a-1\ntitle: T\n\n<!-- an open comment\n', { type: 'title', id: 'b-2', title: 'B' })).toMatch(/the title would not be read back/);
  });

  it('keeps the problems the file had, and adds none', () => {
    const broken = '## a-1\ncolour: red\n\n## b-2\ntitle: T\n';
    const markdown = written(broken, { type: 'title', id: 'b-2', title: 'U' });
    expect(markdown).toBe('## a-1\ncolour: red\n\n## b-2\ntitle: U\n');
    expect(parseEditorial(markdown).diagnostics.map((d) => d.message)).toEqual(parseEditorial(broken).diagnostics.map((d) => d.message));
  });
});
