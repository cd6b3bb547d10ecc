import { describe, expect, it } from 'vitest';
import { icsText } from './icsText';

describe('icsText', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(icsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('turns control characters into spaces, keeping tabs', () => {
    expect(icsText('a\u0007b\tc')).toBe('a b\tc');
  });
});
