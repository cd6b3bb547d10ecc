import { describe, expect, it } from 'vitest';
import { MAX_TITLE_CHARS } from './factSchemas.ts';
import { validateFact } from './validateFact.ts';

const where = { file: 'a.md', label: 'front matter', line: 4 };

describe('validateFact', () => {
  it('passes good values through, normalised', () => {
    expect(validateFact('title', '  Council   closes the\nbridge ', where)).toEqual({ value: 'Council closes the bridge' });
    expect(validateFact('language', 'en_US', where)).toEqual({ value: 'en-US' });
    expect(validateFact('published', '2024-06-26', where)).toEqual({ value: '2024-06-26' });
    expect(validateFact('published', new Date(Date.UTC(2024, 5, 26)), where)).toEqual({ value: '2024-06-26' });
    expect(validateFact('url', 'https://example.org/a?b=1', where)).toEqual({ value: 'https://example.org/a?b=1' });
  });

  it('reads a YAML number as the text it is for text fields and years', () => {
    expect(validateFact('title', 1984, where)).toEqual({ value: '1984' });
    expect(validateFact('published', 2024, where)).toEqual({ value: '2024' });
  });

  it('treats an empty value as no value, without a diagnostic', () => {
    for (const empty of [undefined, null, '', '   ']) expect(validateFact('outlet', empty, where)).toEqual({});
  });

  it.each([
    ['language', 123],
    ['language', true],
    ['language', ['en', 'ru']],
    ['language', 'en US'],
    ['language', 'e'],
    ['language', 'en"><script>'],
    ['published', '2024-02-30'],
    ['published', '99999-01-01'],
    ['published', 12],
    ['published', ['2024-01-01']],
    ['published', true],
    ['published', '1000-01-01'],
    ['title', true],
    ['title', ['a', 'b']],
    ['outlet', { name: 'The Daily' }],
    ['author', false],
    ['url', 'javascript:alert(1)'],
    ['url', 'data:text/html,x'],
    ['url', 'not a url'],
    ['url', `https://example.org/${'a'.repeat(5000)}`],
  ])('reports %s: %j with the file and line, and gives no value', (field, value) => {
    const result = validateFact(field as Parameters<typeof validateFact>[0], value, where);
    expect(result.value).toBeUndefined();
    expect(result.diagnostic).toMatchObject({ file: 'a.md', line: 4, level: 'warning' });
    expect(result.diagnostic!.message).toContain(`front matter ${field}`);
  });

  it('says what happens instead', () => {
    expect(validateFact('language', 'en US', where).diagnostic!.message).toMatch(/detected from the text/);
    expect(validateFact('published', '2024-02-30', where).diagnostic!.message).toMatch(/undated/);
  });

  it('keeps the start of an over-long title, with a diagnostic', () => {
    const long = `${'Word '.repeat(400)}end`;
    const result = validateFact('title', long, where);
    expect(result.value!.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(long.startsWith(result.value!.replace(/…$/, ''))).toBe(true);
    expect(result.diagnostic).toMatchObject({ file: 'a.md', line: 4, level: 'warning' });
  });

  it('quotes a bad value briefly, whatever its size', () => {
    const result = validateFact('language', 'x'.repeat(10_000), where);
    expect(result.diagnostic!.message.length).toBeLessThan(400);
  });
});
