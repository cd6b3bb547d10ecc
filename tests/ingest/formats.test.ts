/** Every form articles come in is read to the same clean text and metadata. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/ingest/readArticle.ts';
import { russianArticle, ukrainianArticle } from '../fixtures/formats/make-fixtures.ts';

const fixture = (name: string) => readArticle({ path: name, bytes: readFileSync(`tests/fixtures/formats/${name}`) });

describe('saved web page', () => {
  const page = fixture('saved-page.html');

  it('takes metadata from <meta> and says where each field came from', () => {
    expect(page).toMatchObject({
      title: 'Pentagon chief speaks with Russia’s new defense minister',
      outlet: 'World News Wire',
      author: 'Babatunde Akinsola',
      url: 'https://news.example/world/pentagon-chief-speaks',
      language: 'en',
      published: { date: '2024-06-26T09:40+03:00', precision: 'minute', inferred: false },
    });
    expect(page.provenance).toMatchObject({ outlet: 'meta og:site_name', published: 'meta article:published_time', language: '<html lang>' });
  });

  it('keeps the story and none of the navigation, newsletter, related links or footer', () => {
    expect(page.text).toContain('Russian and US defense chiefs spoke over the phone on Tuesday');
    expect(page.text).toContain('were killed during a Ukrainian missile strike in Crimea.');
    for (const furniture of ['All Sections', 'Sign up for our free weekly newsletter', 'Obama’s Half-Sister', 'Privacy Policy', 'All rights reserved', 'Getty Images', 'analytics', 'By: Babatunde']) {
      expect(page.text).not.toContain(furniture);
    }
    expect(page.dropped.map((d) => d.text)).toEqual(expect.arrayContaining(['Obama’s Half-Sister Auma Obama Tear-Gassed During Kenya Protests']));
  });
});

describe('Markdown with front matter', () => {
  const article = fixture('front-matter.md');

  it('reads every front-matter field', () => {
    expect(article).toMatchObject({
      title: 'US defence secretary talks with new Russian defence minister – Pentagon',
      outlet: 'Ukrainska Pravda',
      author: 'Oleh Pavliuk',
      url: 'https://www.pravda.com.ua/eng/news/2024/07/12/',
      published: { date: '2024-07-12T19:50+03:00', precision: 'minute', basis: 'front matter' },
    });
  });

  it('renders the body to plain text: no markup, no code blocks, list items and quotes kept', () => {
    expect(article.text).toContain('held his second phone conversation with Andrei Belousov');
    expect(article.text).toContain('Source: Sabrina Singh, spokesperson of the Pentagon, at a briefing, as reported by European Pravda.');
    expect(article.text).toContain('Russian ruler Vladimir Putin replaced Sergey Shoigu');
    expect(article.text).not.toMatch(/\*\*|\[|\]\(|<script>|^#/m);
  });
});

describe('legacy encodings', () => {
  it.each([
    ['russian-cp1251.txt', 'windows-1251'],
    ['russian-koi8r.txt', 'koi8-r'],
  ])('reads %s as %s, dated by its dateline, in Russian', (name, encoding) => {
    const article = fixture(name);
    expect(article.encoding).toBe(encoding);
    expect(article.language).toBe('ru');
    expect(article.title).toBe('Белоусов и Остин обсудили ситуацию вокруг Украины');
    expect(article.published?.date).toBe('2024-06-26');
    expect(article.text).toContain(russianArticle.split('\n')[4]);
    expect(article.text).not.toContain('Подпишитесь');
    expect(article.text).not.toContain('Читайте также');
  });

  it.each([
    ['ukrainian-utf16le.txt', 'utf-16le'],
    ['ukrainian-utf16be.txt', 'utf-16be'],
  ])('reads %s as %s, in Ukrainian, without its appeal and tags', (name, encoding) => {
    const article = fixture(name);
    expect(article.encoding).toBe(encoding);
    expect(article.language).toBe('uk');
    expect(article.text).toContain(ukrainianArticle.split('\n')[4]);
    expect(article.text).not.toMatch(/Підтримайте|Теми:/);
  });
});
