import { describe, expect, it } from 'vitest';
import { scanHtml } from './scanHtml';

describe('scanHtml', () => {
  it('finds start tags with their attributes, quoted, unquoted and bare', () => {
    const { tags } = scanHtml(`<!doctype html><html lang=en><body class="a b" hidden data-x='1 2'><a href="/x/">x</a></body></html>`);
    expect(tags.map((t) => t.name)).toEqual(['html', 'body', 'a']);
    expect(tags[1]!.attributes).toEqual([
      ['class', 'a b'],
      ['hidden', ''],
      ['data-x', '1 2'],
    ]);
    expect(tags[0]!.attributes).toEqual([['lang', 'en']]);
  });

  it('gives the exact raw text of inline scripts and styles, and skips their content as markup', () => {
    const js = `if (a < b && "</p>" !== '<div onclick=x>') console.log("<style>")`;
    const css = `.a > .b { content: "<script>" }`;
    const { tags, inline } = scanHtml(`<head><script type="module">${js}</script><style>${css}</style><script src="/a.js"></script></head>`);
    expect(inline).toEqual([
      { tag: 'script', attributes: [['type', 'module']], content: js },
      { tag: 'style', attributes: [], content: css },
      { tag: 'script', attributes: [['src', '/a.js']], content: '' },
    ]);
    expect(tags.map((t) => t.name)).toEqual(['head', 'script', 'style', 'script']);
  });

  it('does not take markup inside an attribute value or a comment for an element', () => {
    // Astro escapes only " and & in attributes: hostile text keeps its < and >, harmlessly.
    const html = `<p lang="en&quot;><script>alert(1)</script>" title='<style>x</style>'>t</p><!-- <script>no</script> --><b>`;
    const { tags, inline } = scanHtml(html);
    expect(inline).toEqual([]);
    expect(tags.map((t) => t.name)).toEqual(['p', 'b']);
    expect(tags[0]!.attributes[0]).toEqual(['lang', 'en&quot;><script>alert(1)</script>']);
  });

  it('ends raw text only at its own end tag, in any case, and leaves text "<" alone', () => {
    const { inline } = scanHtml(`<script>a="</scriptx>"</SCRIPT ><p>1 < 2</p><title><b>not a tag</b></title><i>`);
    expect(inline).toEqual([{ tag: 'script', attributes: [], content: 'a="</scriptx>"' }]);
    expect(scanHtml(`<p>1 < 2</p><title><b>x</b></title><i>`).tags.map((t) => t.name)).toEqual(['p', 'title', 'i']);
  });

  it('copes with a page cut short', () => {
    expect(scanHtml('<script>never closed').inline).toEqual([{ tag: 'script', attributes: [], content: 'never closed' }]);
    expect(scanHtml('<a href="open').tags).toEqual([{ name: 'a', attributes: [['href', 'open']] }]);
    expect(scanHtml('<!-- open').tags).toEqual([]);
    expect(scanHtml('<').tags).toEqual([]);
  });

  it('is linear: a long page of tags scans quickly', () => {
    const html = '<p class="x" data-a=1>text &amp; more</p>'.repeat(50_000);
    const started = performance.now();
    expect(scanHtml(html).tags.length).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
