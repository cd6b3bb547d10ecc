import { describe, expect, it } from 'vitest';
import { normalizeText, readingView } from './normalizeText.ts';

describe('normalizeText', () => {
  it('gives clean text back as the very same string', () => {
    const text = 'Ferry crews struck on Monday.\n\nTalks resume on 4 May 2021 🚢, the union said.';
    expect(normalizeText(text)).toBe(text);
    expect(readingView(text).unchanged).toBe(true);
  });

  it('removes zero-width, bidi and format characters, even inside words', () => {
    expect(normalizeText('Mon\u200Bday, \u202Bthe \u2066port\u2069\u202C re\u00ADopened\uFEFF on 4\u200E May 2021.')).toBe('Monday, the port reopened on 4 May 2021.');
  });

  it('makes a noncharacter a space between words, like a control', () => {
    expect(normalizeText('On 10 \uFFFENovember 2023 and\uFDD0then')).toBe('On 10 November 2023 and then');
  });

  it('removes tag characters, but keeps those of a flag', () => {
    expect(normalizeText('began on 3 \u{E0041}March 2021')).toBe('began on 3 March 2021');
    const england = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
    expect(normalizeText(`fans ${england} cheered`)).toBe(`fans ${england} cheered`);
  });

  it('keeps a zero-width joiner inside an emoji sequence, and emoji', () => {
    expect(normalizeText('Crews 👷🏽‍♀️ cheered\u200D 🚢.')).toBe('Crews 👷🏽‍♀️ cheered 🚢.');
  });

  it('makes a run of control characters, NULs, a lone surrogate or U+FFFD one space between words, none beside a space', () => {
    expect(normalizeText('on\u0000Monday the\u0007\u0008port pay\uFFFDrise \uD800 here')).toBe('on Monday the port pay rise  here');
  });

  it('makes every line end "\\n" and a paragraph separator a blank line, and leaves no line of spaces', () => {
    expect(normalizeText('One.\r\nTwo.\rThree.\u2028Four.\u0085Five.\u2029Six.\n\u0000\nSeven.')).toBe('One.\nTwo.\nThree.\nFour.\nFive.\n\nSix.\n\nSeven.');
  });

  it('is idempotent', () => {
    const noisy = '\uFEFFA\u200B\u0000b\r\n\u2029c\uD83D\u200B\uDC77 👷🏽‍♀️\u200D\u200D🚢\u0085';
    const once = normalizeText(noisy);
    expect(normalizeText(once)).toBe(once);
  });

  it('maps a span of the cleaned text back to the same words in the original', () => {
    const original = 'The\u200B port\u0000closed on\r\n4 May 2021.\u2029Crews \u202Eleft\u202C on Friday.';
    const view = readingView(original);
    expect(view.text).toBe('The port closed on\n4 May 2021.\n\nCrews left on Friday.');
    const back = (words: string): string => {
      const start = view.text.indexOf(words);
      const span = view.toOriginal(start, start + words.length);
      return original.slice(span.start, span.end);
    };
    expect(back('port closed')).toBe('port\u0000closed');
    expect(back('4 May 2021.')).toBe('4 May 2021.');
    expect(back('on\n4 May')).toBe('on\r\n4 May');
    expect(back('Crews left on Friday.')).toBe('Crews \u202Eleft\u202C on Friday.');
    expect(back('The port closed on\n4 May 2021.')).toBe('The\u200B port\u0000closed on\r\n4 May 2021.');
  });

  // A hang guard, not a timing: a pattern that backtracked over runs of spaces would take hours here.
  it('ends on long runs of spaces and noise', () => {
    const text = `${' '.repeat(200_000)}\u0000${'\u200B'.repeat(200_000)}${'\u0000 '.repeat(100_000)}end`;
    expect(normalizeText(text).endsWith('end')).toBe(true);
  }, 20_000);
});
