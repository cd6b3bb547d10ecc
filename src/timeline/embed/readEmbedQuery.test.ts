import { describe, expect, it } from 'vitest';
import { readEmbedQuery } from './readEmbedQuery';

const DEFAULTS = { theme: 'auto', lang: null, from: null, to: null, focus: null, title: 'show', childId: null };

describe('readEmbedQuery', () => {
  it('gives the defaults for an empty query', () => {
    expect(readEmbedQuery('')).toEqual(DEFAULTS);
  });

  it('reads every option', () => {
    expect(readEmbedQuery('?theme=dark&lang=uk&from=2031-02&to=2031-03-15&focus=2031-02-03-harbour-bridge-opens&title=hide&childId=story-frame')).toEqual({
      theme: 'dark',
      lang: 'uk',
      from: '2031-02',
      to: '2031-03-15',
      focus: '2031-02-03-harbour-bridge-opens',
      title: 'hide',
      childId: 'story-frame',
    });
  });

  it('takes URLSearchParams too, and a year as a date', () => {
    expect(readEmbedQuery(new URLSearchParams({ theme: 'light', from: '1999' }))).toMatchObject({ theme: 'light', from: '1999' });
  });

  it.each([
    ['theme=purple', { theme: 'auto' }],
    ['theme=auto', { theme: 'auto' }],
    ['title=yes', { title: 'show' }],
    ['lang=../../x', { lang: null }],
    ['lang=EN-us', { lang: null }],
    ['from=2031-13', { from: null }],
    ['from=2031-02-30x', { from: null }],
    ['to=yesterday', { to: null }],
    ['focus=main', { focus: null }],
    ['focus=2031-02"><script>', { focus: null }],
    ['childId=a b', { childId: null }],
    [`childId=${'x'.repeat(200)}`, { childId: null }],
  ])('falls back to the default for %s', (query, expected) => {
    expect(readEmbedQuery(`?${query}`)).toMatchObject(expected);
  });

  it('trims what a hand-edited snippet may carry', () => {
    expect(readEmbedQuery('?from=%202031-02-01%20')).toMatchObject({ from: '2031-02-01' });
  });
});
