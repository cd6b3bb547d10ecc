import { describe, expect, it } from 'vitest';
import { readArticle } from './readArticle.ts';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe('readArticle', () => {
  it('reads a Markdown article with front matter, its body rendered to plain text', () => {
    const article = readArticle(
      file(
        'story.md',
        '---\ntitle: Pentagon chief speaks with Russia’s new defense minister\noutlet: The Daily\npublished: 2024-06-26\n---\n\nRussian and US defense chiefs spoke over the phone on **Tuesday**, discussing [the need](https://example.org) to maintain communication.\n',
      ),
    );
    expect(article.title).toBe('Pentagon chief speaks with Russia’s new defense minister');
    expect(article.outlet).toBe('The Daily');
    expect(article.published).toEqual({ date: '2024-06-26', precision: 'day', inferred: false, basis: 'front matter' });
    expect(article.text).toBe('Russian and US defense chiefs spoke over the phone on Tuesday, discussing the need to maintain communication.');
    expect(article.provenance.title).toBe('front matter');
  });

  it('finds headline, byline author and dateline in a pasted page; sources.yaml overrides', () => {
    const raw = ' date 2024-06-26 Menu\nPentagon chief speaks with Russia’s new defense minister\n\nBy: Babatunde Akinsola\n\nRussian and US defense chiefs spoke over the phone on Tuesday, discussing the need to maintain communication.\n';
    const article = readArticle(file('a.txt', raw), { outlet: 'Wire' });
    expect(article).toMatchObject({ title: 'Pentagon chief speaks with Russia’s new defense minister', author: 'Babatunde Akinsola', outlet: 'Wire', language: 'en' });
    expect(article.published?.date).toBe('2024-06-26');
    expect(article.provenance).toMatchObject({ outlet: 'sources.yaml', published: 'dateline (line 1)' });
    expect(article.text).not.toContain('Menu');
  });

  it('reports broken front matter with a line and still reads the body', () => {
    const article = readArticle(file('bad.md', '---\ntitle: [oops\n---\nBody text of the article is here and it says something.\n'));
    expect(article.diagnostics[0]).toMatchObject({ file: 'bad.md', level: 'warning' });
    expect(article.text).toContain('Body text');
  });

  it('tells Russian and Ukrainian apart', () => {
    expect(readArticle(file('ru.txt', 'Министр обороны России Андрей Белоусов провёл телефонный разговор с коллегой.')).language).toBe('ru');
    expect(readArticle(file('uk.txt', 'Міністр оборони США провів телефонну розмову з російським колегою.')).language).toBe('uk');
  });
});
