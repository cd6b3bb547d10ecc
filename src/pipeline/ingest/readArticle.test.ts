import { describe, expect, it } from 'vitest';
import { readArticle } from './readArticle.ts';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe('readArticle', () => {
  it('reads a Markdown article with front matter, its body rendered to plain text', () => {
    const article = readArticle(
      file(
        'story.md',
        '---\ntitle: Harbour authority names new chief after months of delay\noutlet: The Daily\npublished: 2021-09-14\n---\n\nThe port authority and the dock union met on **Tuesday**, discussing [the need](https://example.org) to keep the terminals open.\n',
      ),
    );
    expect(article.title).toBe('Harbour authority names new chief after months of delay');
    expect(article.outlet).toBe('The Daily');
    expect(article.published).toEqual({ date: '2021-09-14', precision: 'day', inferred: false, basis: 'front matter' });
    expect(article.text).toBe('The port authority and the dock union met on Tuesday, discussing the need to keep the terminals open.');
    expect(article.provenance.title).toBe('front matter');
  });

  it('finds headline, byline author and dateline in a pasted page; sources.yaml overrides', () => {
    const raw = ' date 2021-09-14 Menu\nHarbour authority names new chief after months of delay\n\nBy: Mira Olsen\n\nThe port authority and the dock union met on Tuesday, discussing the need to keep the terminals open.\n';
    const article = readArticle(file('a.txt', raw), { outlet: 'Wire' });
    expect(article).toMatchObject({ title: 'Harbour authority names new chief after months of delay', author: 'Mira Olsen', outlet: 'Wire', language: 'en' });
    expect(article.published?.date).toBe('2021-09-14');
    expect(article.provenance).toMatchObject({ outlet: 'sources.yaml', published: 'dateline (line 1)' });
    expect(article.text).not.toContain('Menu');
  });

  it('reports broken front matter with a line and still reads the body', () => {
    const article = readArticle(file('bad.md', '---\ntitle: [oops\n---\nBody text of the article is here and it says something.\n'));
    expect(article.diagnostics[0]).toMatchObject({ file: 'bad.md', level: 'warning' });
    expect(article.text).toContain('Body text');
  });

  it('tells Russian and Ukrainian apart', () => {
    expect(readArticle(file('ru.txt', 'Министр транспорта провёл совещание с руководителями портов и железных дорог.')).language).toBe('ru');
    expect(readArticle(file('uk.txt', 'Міністр транспорту провів нараду з керівниками портів і залізниць.')).language).toBe('uk');
  });
  it('says, at its line, where Markdown nested past the bound was flattened, and still reads the rest', () => {
    const quotes = `${'> '.repeat(40)}deep`;
    const md = `---\ntitle: Harbour authority names new chief\n---\n\nThe port authority met the dock union on 3 March 2021.\n\n${quotes}\n`;
    const article = readArticle(file('deep.md', md));
    expect(article.text).toContain('The port authority met the dock union on 3 March 2021.');
    expect(article.diagnostics).toContainEqual({ file: 'deep.md', line: 7, level: 'warning', message: expect.stringContaining('nested deeper than') });
  });

  it('says when a saved page nested past the bound was read as plain text', () => {
    const html = `<html lang="en"><body>${'<div>'.repeat(300)}<p>The port authority met the dock union on 3 March 2021.</p>${'</div>'.repeat(300)}</body></html>`;
    const article = readArticle(file('deep.html', html));
    expect(article.text).toContain('The port authority met the dock union on 3 March 2021.');
    expect(article.diagnostics).toContainEqual({ file: 'deep.html', level: 'warning', message: expect.stringContaining('read as plain text') });
  });
});
