import { describe, expect, it } from 'vitest';
import { renderSummaryHtml } from './index.ts';

/** Unbounded, remark took over 40 s on this summary; bounded, well under a second unloaded. */
const RENDER_BOUND_MS = 15_000;

describe('renderSummaryHtml', () => {
  it('keeps emphasis and links with their href', () => {
    expect(renderSummaryHtml('A **rewritten** _summary_ with [a link](https://example.org/a?b=1&c=2).')).toBe(
      '<p>A <strong>rewritten</strong> <em>summary</em> with <a href="https://example.org/a?b=1&#x26;c=2">a link</a>.</p>',
    );
    expect(renderSummaryHtml('[mail](mailto:desk@example.org) `code`')).toBe('<p><a href="mailto:desk@example.org">mail</a> <code>code</code></p>');
  });

  it('drops scripts and any raw HTML', () => {
    const html = renderSummaryHtml('<script>alert(1)</script>\n\nText <b onclick="x()">bold</b> <img src=x onerror=alert(1)> <iframe src="https://evil.example"></iframe>');
    expect(html).toBe('<p>Text bold  </p>');
    expect(html).not.toMatch(/<script|<img|<iframe|onclick|onerror/i);
  });

  it('removes javascript: and other unsafe link targets but keeps the text', () => {
    for (const target of ['javascript:alert(1)', 'JavaScript:alert(1)', '&#x6a;avascript:alert(1)', '<javascript:alert(1)>', 'data:text/html,<script>x</script>', 'vbscript:x']) {
      const html = renderSummaryHtml(`[click](${target})`);
      expect(html).toBe('<p><a>click</a></p>');
    }
    expect(renderSummaryHtml('<a href="javascript:alert(1)">raw</a>')).toBe('<p>raw</p>');
  });

  it('turns images into their alt text, so nothing loads from the network', () => {
    expect(renderSummaryHtml('See ![the map](https://tracker.example/pixel.png).')).toBe('<p>See the map.</p>');
  });

  it('can leave out the paragraph around a one-paragraph summary', () => {
    expect(renderSummaryHtml('One **line**.', { inline: true })).toBe('One <strong>line</strong>.');
    expect(renderSummaryHtml('One.\n\nTwo.', { inline: true })).toBe('<p>One.</p>\n<p>Two.</p>');
  });

  it('escapes text and returns an empty string for an empty summary', () => {
    expect(renderSummaryHtml('3 < 4 & "quotes"')).toBe('<p>3 &#x3C; 4 &#x26; "quotes"</p>');
    expect(renderSummaryHtml('')).toBe('');
  });

  it('bounds what renderSummaryHtml parses too, and the text still shows', () => {
    const started = performance.now();
    const html = renderSummaryHtml(`${'*a '.repeat(8000)}x${' a*'.repeat(8000)}`, { inline: true });
    expect(performance.now() - started).toBeLessThan(RENDER_BOUND_MS);
    expect(html.startsWith('*a *a')).toBe(true);
  }, 60_000);
});
