import { describe, expect, it } from 'vitest';
import { renderSummaryHtml } from '../editorial/renderSummaryHtml';
import { htmlToMarkdown, htmlToText } from './htmlToMarkdown';

describe('htmlToMarkdown', () => {
  it('keeps paragraphs, emphasis and http(s) links as Markdown', () => {
    const md = htmlToMarkdown('<p>The <b>council</b> met.</p><p>See <a href="https://example.org/a">the <i>minutes</i></a>.</p>');
    expect(md).toBe('The **council** met.\n\nSee [the *minutes*](<https://example.org/a>).');
    expect(renderSummaryHtml(md)).toBe('<p>The <strong>council</strong> met.</p>\n<p>See <a href="https://example.org/a">the <em>minutes</em></a>.</p>');
  });

  it('drops scripts, styles, embeds, images and non-web links', () => {
    const md = htmlToMarkdown('<script>alert(1)</script><style>p{}</style><iframe src="https://x.example"></iframe><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">click</a> here');
    expect(md).toBe('click here');
  });

  it('escapes Markdown in the text, so typed characters stay characters', () => {
    const md = htmlToMarkdown('5 * 3 = 15, a_b, [x](y), &lt;script&gt;, AT&amp;T');
    expect(renderSummaryHtml(md, { inline: true })).toBe('5 * 3 = 15, a_b, [x](y), &#x3C;script>, AT&#x26;T');
    expect(htmlToMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('reads deep nesting without overflowing', () => {
    const deep = `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`;
    expect(htmlToMarkdown(deep)).toBe('deep');
  });
});

describe('htmlToText', () => {
  it('is the text on one line, entities decoded, tags gone', () => {
    expect(htmlToText('The <em>harbour</em>\n bridge &amp; the &quot;tender&quot;<script>x</script>')).toBe('The harbour bridge & the "tender"');
    expect(htmlToText('a * b')).toBe('a * b');
  });
});
