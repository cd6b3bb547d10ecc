import { describe, expect, it } from 'vitest';
import { readEditRequest } from './editRequest.ts';

describe('readEditRequest', () => {
  it('takes each kind of edit', () => {
    const edits = [
      { type: 'title', id: 'a-1', title: 'A new title' },
      { type: 'summary', id: 'a-1', summary: 'Some **Markdown**.\n\nTwo paragraphs.' },
      { type: 'date', id: 'a-1', date: '2031-03' },
      { type: 'date', id: 'a-1', date: '2031-03-09/2031-03-11' },
      { type: 'kind', id: 'a-1', kind: 'background' },
      { type: 'hide', id: 'a-1', hide: true },
      { type: 'pin', id: 'a-1', pin: false },
      { type: 'merge', ids: ['a-1', 'b-2'] },
      { type: 'add', date: '2031', title: 'Added', source: 'daily-x', quote: 'The words.', kind: 'main' },
    ];
    for (const edit of edits) expect(readEditRequest(edit), JSON.stringify(edit)).toEqual({ ok: true, edit });
  });

  it('trims a title and a quote', () => {
    expect(readEditRequest({ type: 'title', id: 'a', title: '  Spaced  ' })).toEqual({ ok: true, edit: { type: 'title', id: 'a', title: 'Spaced' } });
  });

  it('refuses what is not an edit, with a reason naming the field', () => {
    const refused: [unknown, RegExp][] = [
      [null, /./],
      ['title', /./],
      [{ type: 'delete', id: 'a' }, /type/],
      [{ type: 'title', id: 'A B', title: 'x' }, /^id: /],
      [{ type: 'title', id: 'a', title: '' }, /^title: must not be empty/],
      [{ type: 'title', id: 'a', title: 'two\nlines' }, /^title: must be one line/],
      [{ type: 'title', id: 'a', title: 'x'.repeat(501) }, /^title: at most 500/],
      [{ type: 'title', id: 'a', title: 'x', path: '../sources.yaml' }, /path|key/i],
      [{ type: 'date', id: 'a', date: 'next Tuesday' }, /^date: a date is/],
      [{ type: 'kind', id: 'a', kind: 'minor' }, /^kind: /],
      [{ type: 'hide', id: 'a', hide: 'yes' }, /^hide: /],
      [{ type: 'merge', ids: ['a'] }, /^ids: select at least two/],
      [{ type: 'add', date: '2031', title: 'x', source: 's', quote: '   ' }, /^quote: select the words/],
    ];
    for (const [body, reason] of refused) {
      const result = readEditRequest(body);
      expect(result.ok, JSON.stringify(body)).toBe(false);
      if (!result.ok) expect(result.reason, JSON.stringify(body)).toMatch(reason);
    }
  });
});
