import { describe, expect, it } from 'vitest';
import { checkEditInput } from './checkEditInput.ts';

describe('checkEditInput', () => {
  it('cleans values as the parser will read them', () => {
    expect(checkEditInput({ type: 'title', id: 'a-1', title: ' A\n\ttitle ' })).toEqual({ edit: { type: 'title', id: 'a-1', title: 'A title' } });
    expect(checkEditInput({ type: 'summary', id: 'a-1', summary: '  One\r\n\r\n\r\n two  ' })).toEqual({ edit: { type: 'summary', id: 'a-1', summary: 'One\n\ntwo' } });
    expect(checkEditInput({ type: 'date', id: 'a-1', date: ' 2031-03-14 / 2031-03-14 ' })).toEqual({ edit: { type: 'date', id: 'a-1', date: { start: '2031-03-14', precision: 'day' }, text: '2031-03-14' } });
    expect(checkEditInput({ type: 'merge', ids: ['a-1', 'b-2', 'a-1'] })).toEqual({ edit: { type: 'merge', ids: ['a-1', 'b-2'] } });
  });

  it.each([
    [{ type: 'hide', id: 'a-1', hide: 'yes' }, /hide must be true or false/],
    [{ type: 'kind', id: 'a-1', kind: 'side' }, /main or background/],
    [{ type: 'merge', ids: ['a-1', 'B'] }, /"B" is not an event id/],
    [{ type: 'add', date: '2031', title: 'T', source: 'ftp://x.org/a', quote: 'Q' }, /neither an http\(s\) URL/],
    [{ type: 'add', date: '2031', title: 'T', source: ' ', quote: 'Q' }, /the source is empty/],
    [null, /an edit is one of/],
  ])('refuses %j', (edit, reason) => {
    const checked = checkEditInput(edit);
    expect('reason' in checked && checked.reason).toMatch(reason);
  });
});
