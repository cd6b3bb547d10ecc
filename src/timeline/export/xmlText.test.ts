import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xmlText } from './xmlText';

describe('xmlText', () => {
  it('escapes markup characters', () => {
    expect(xmlText(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });

  it('drops what XML 1.0 cannot hold, keeping tabs, line ends and astral characters', () => {
    expect(xmlText('a\u0000b\u001Fc\tline\n\uFFFEd\uD800e🗳')).toBe('abc\tline\nde🗳');
    expect(XMLValidator.validate(`<t>${xmlText('\u0001\uDC00<x>')}</t>`)).toBe(true);
  });
});
