import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from './inline';

describe('inlineMarkdown', () => {
  it('renders emphasis, strong, code and safe links', () => {
    expect(inlineMarkdown('The *first* call')).toBe('The <em>first</em> call');
    expect(inlineMarkdown('**four** killed')).toBe('<strong>four</strong> killed');
    expect(inlineMarkdown('use `a*b*c`')).toBe('use <code>a*b*c</code>');
    expect(inlineMarkdown('see [the readout](https://example.org/a?b=1&c=2)')).toBe(
      'see <a href="https://example.org/a?b=1&amp;c=2">the readout</a>',
    );
  });

  it('escapes markup and refuses unsafe links', () => {
    expect(inlineMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(inlineMarkdown('[x](javascript:alert(1))')).not.toContain('<a');
    expect(inlineMarkdown('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4');
  });
});
