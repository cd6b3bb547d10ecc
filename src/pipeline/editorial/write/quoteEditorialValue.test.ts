import { describe, expect, it } from 'vitest';
import { parseEditorial } from '../parseEditorial.ts';
import { quoteEditorialValue } from './quoteEditorialValue.ts';

const readBack = (value: string): string | undefined => parseEditorial(`## a-1\ntitle: ${quoteEditorialValue(value)}\n`).edits.sections[0]?.title?.value;

describe('quoteEditorialValue', () => {
  it('leaves plain text as it is', () => {
    expect(quoteEditorialValue('Ministers meet: day two')).toBe('Ministers meet: day two');
    expect(quoteEditorialValue('Issue#12 closed')).toBe('Issue#12 closed');
    expect(quoteEditorialValue('Issue #12 closed')).toBe('"Issue #12 closed"');
  });

  it('quotes what the parser would cut or unquote', () => {
    expect(quoteEditorialValue('Talks end # for now')).toBe('"Talks end # for now"');
    expect(quoteEditorialValue('"Never", he said')).toBe(`'"Never", he said'`);
    expect(quoteEditorialValue(`"It's over"`)).toBe(`"\\"It's over\\""`);
    expect(quoteEditorialValue('#hashtag')).toBe('"#hashtag"');
    expect(quoteEditorialValue('- a dash')).toBe('"- a dash"');
    expect(quoteEditorialValue('plain', { always: true })).toBe('"plain"');
  });

  it.each(['Talks end # for now', '"Never", he said', `"It's over"`, "'single'", 'back\\slash "q" # c', '[not a list]', '{ not: a map }', '& * ! | > % @ ` ?', 'Ünïcödé — “curly” ‘quotes’'])(
    'reads back %s exactly',
    (value) => {
      expect(readBack(value)).toBe(value);
    },
  );
});
