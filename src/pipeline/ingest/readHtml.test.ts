import { describe, expect, it } from 'vitest';
import { readHtml } from './readHtml.ts';

const page = (body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><title>Bridge reopens</title><meta property="og:site_name" content="River Gazette"></head><body>${body}</body></html>`;

describe('readHtml on deep pages', () => {
  it('reads a page of ordinary depth with Readability, and notes nothing', () => {
    const read = readHtml(page('<nav><p>Menu of the site sections</p></nav><article><h1>Bridge reopens</h1><p>The new span of the river bridge opened to traffic on 4 May 2021 after two years of works.</p></article>'));
    expect(read.notes).toEqual([]);
    expect(read.body).toContain('opened to traffic on 4 May 2021');
    expect(read.body).not.toContain('Menu of the site sections');
  });

  // A hang guard: Readability took minutes on this page, then overflowed the stack.
  it('reads 50,000 nested divs as plain text, with a note, keeping the metadata of the head', () => {
    const read = readHtml(page(`${'<div>'.repeat(50_000)}<p>The new span opened on 4 May 2021 &amp; crews cheered.</p>${'</div>'.repeat(50_000)}`));
    expect(read.notes).toEqual([expect.stringMatching(/nested deeper than 200 levels/)]);
    expect(read.body).toBe('Bridge reopens\n\nThe new span opened on 4 May 2021 & crews cheered.');
    expect(read.facts).toMatchObject({ title: 'Bridge reopens', outlet: 'River Gazette', language: 'en' });
  }, 20_000);
});
