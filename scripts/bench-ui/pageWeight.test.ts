import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipSize } from './gzipSize.ts';
import { pageWeight } from './pageWeight.ts';

describe('pageWeight', () => {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, text: string): void => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  const entry = 'import{a}from"./chunk.js";a();'.repeat(20);
  const chunk = 'export const a=()=>document.body.append("x");'.repeat(30);
  const css = 'body{margin:0;color:#222}'.repeat(40);
  const inlineJs = 'document.documentElement.dataset.js="1"';
  const inlineCss = '.x{color:red}';
  const html = `<!doctype html><link rel="stylesheet" href="/_astro/a.css"><style>${inlineCss}</style>
    <script type="module" src="/_astro/entry.js"></script><script>${inlineJs}</script>
    <script type="module" src="/_astro/gone.js"></script><link rel="stylesheet" href="https://cdn.example.org/x.css">`;
  write('_astro/entry.js', entry);
  write('_astro/chunk.js', chunk);
  write('_astro/a.css', css);
  write('index.html', html);
  write('events/e1/index.html', '<script type="module" src="../../_astro/chunk.js"></script>');

  it('sums each type over the page’s files, their static imports and its inline blocks, each gzipped on its own', () => {
    const weight = pageWeight(dist);
    expect(weight.html).toBe(gzipSize(html));
    expect(weight.files.map((f) => f.path).sort()).toEqual(['/_astro/a.css', '/_astro/chunk.js', '/_astro/entry.js']);
    expect(weight.js).toBe(gzipSize(entry) + gzipSize(chunk) + gzipSize(inlineJs));
    expect(weight.css).toBe(gzipSize(css) + gzipSize(inlineCss));
    expect(weight.inlineJs).toBe(gzipSize(inlineJs));
    expect(weight.total).toBe(gzipSize(html) + gzipSize(entry) + gzipSize(chunk) + gzipSize(css));
  });

  it('reports what it cannot find on the site, and resolves paths relative to the page', () => {
    expect(pageWeight(dist).missing.sort()).toEqual(['/_astro/gone.js', 'https://cdn.example.org/x.css']);
    const nested = pageWeight(dist, 'events/e1/index.html');
    expect(nested.files.map((f) => f.path)).toEqual(['/_astro/chunk.js']);
    expect(nested.missing).toEqual([]);
  });
});
