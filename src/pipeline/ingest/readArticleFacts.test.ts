/** Facts from outside the text (front matter, a saved page's metadata) are checked where they enter. */
import { describe, expect, it } from 'vitest';
import { readArticle } from './readArticle.ts';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const BODY = '\nThe ferry between Lakeside and Norbury stopped running on 5 March 2024, the operator said.\n';
const RUSSIAN_BODY = '\nПаром между двумя берегами озера перестал ходить 5 марта 2024 года, сообщил перевозчик.\n';

describe('readArticle: front matter', () => {
  it.each(['123', 'true', '[en, ru]', 'e', 'en US', '\'en"><script>\''])('language: %s is reported at its line and the language detected', (value) => {
    const article = readArticle(file('a.md', `---\ntitle: Ferry stops\nlanguage: ${value}\n---\n${RUSSIAN_BODY}`));
    expect(article.language).toBe('ru');
    expect(article.provenance.language).toBe('detected from the text');
    expect(article.diagnostics).toEqual([expect.objectContaining({ file: 'a.md', line: 3, level: 'warning', message: expect.stringMatching(/language/) })]);
  });

  it('reads language: en_US as en-US, without a diagnostic', () => {
    const article = readArticle(file('a.md', `---\nlanguage: en_US\n---\n${BODY}`));
    expect(article.language).toBe('en-US');
    expect(article.diagnostics).toEqual([]);
  });

  it.each(['2024-02-30', '99999-01-01', '12', '[2024-01-01]', 'true', '{ day: 1 }'])('published: %s is reported at its line and the article is undated, not dropped', (value) => {
    const article = readArticle(file('a.md', `---\ntitle: Ferry stops\n\npublished: ${value}\n---\n${BODY}`));
    expect(article.published).toBeNull();
    expect(article.text).toContain('5 March 2024');
    expect(article.diagnostics).toEqual([expect.objectContaining({ file: 'a.md', line: 4, message: expect.stringMatching(/published.*undated/) })]);
  });

  it('reports a title that is not text, and finds the headline in the text instead', () => {
    const article = readArticle(file('a.md', `---\ntitle: [a, b]\n---\n\nFerry service ends on the lake\n${BODY}`));
    expect(article.title).toBe('Ferry service ends on the lake');
    expect(article.diagnostics).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/title/) })]);
  });

  it('drops a url that is not http(s), with a diagnostic', () => {
    const article = readArticle(file('a.md', `---\nurl: "javascript:alert(1)"\n---\n${BODY}`));
    expect(article.url).toBeNull();
    expect(article.diagnostics).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/url/) })]);
  });

  it('lets sources.yaml override a front-matter value it found bad', () => {
    const article = readArticle(file('a.md', `---\npublished: 2024-02-30\n---\n${BODY}`), { published: '2024-03-06' });
    expect(article.published).toMatchObject({ date: '2024-03-06', basis: 'sources.yaml' });
  });
});

describe('readArticle: a saved page', () => {
  it.each(['en_US', 'EN-gb'])('reads <html lang="%s"> as a language tag', (lang) => {
    const article = readArticle(file('a.html', `<html lang="${lang}"><body><p>${BODY}</p></body></html>`));
    expect(article.language).toMatch(/^en(-US|-GB)?$/);
  });

  it.each(['123', 'e', 'en US', 'en&quot;&gt;&lt;script&gt;'])('reports <html lang="%s"> at its line and detects the language', (lang) => {
    const article = readArticle(file('a.html', `<!doctype html>\n<html lang="${lang}">\n<body><p>${RUSSIAN_BODY}</p></body></html>`));
    expect(article.language).toBe('ru');
    expect(article.diagnostics).toEqual([expect.objectContaining({ file: 'a.html', line: 2, message: expect.stringMatching(/language/) })]);
  });

  it('reports a meta publication date that is no date, and the article is undated', () => {
    const html = `<html><head>\n<meta property="article:published_time" content="2024-02-30T10:00:00Z">\n</head><body><p>${BODY}</p></body></html>`;
    const article = readArticle(file('a.html', html));
    expect(article.published).toBeNull();
    expect(article.diagnostics).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/published/) })]);
  });
});
