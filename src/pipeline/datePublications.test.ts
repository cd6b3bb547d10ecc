import { describe, expect, it } from 'vitest';
import type { Article } from './types.ts';
import { datePublications } from './datePublications.ts';
import { extractMentions, segmentSentences } from './events/index.ts';
import { absoluteExpressions, tagTemporalExpressions } from './time/index.ts';

const article = (file: string, text: string, published: string | null, language = 'en'): Article => ({
  file,
  encoding: 'utf-8',
  text,
  title: null,
  outlet: null,
  url: null,
  author: null,
  language,
  published: published ? { date: published, precision: 'day', inferred: false, basis: 'dateline' } : null,
  provenance: {},
  dropped: [],
  diagnostics: [],
});

describe('datePublications', () => {
  const articles = [
    article('a.txt', 'The harbour workers began a strike over pay on 4 March 2024.', '2024-03-05'),
    article('b.txt', 'The harbour workers began their strike over pay on Monday, the union said.', null),
  ];
  const mentionsAt = (index: number, published: string) => {
    const text = articles[index]!.text;
    const source = { id: String(index), index, text, language: 'en', sentences: segmentSentences(text) };
    return extractMentions(source, tagTemporalExpressions(text, { published, language: 'en' }));
  };

  it('infers an undated article’s day from the others and returns new articles, leaving its input as it was', () => {
    const before = JSON.stringify(articles);
    const { articles: dated, diagnostics } = datePublications(articles, () => true, { mentionsAt, absoluteMentions: () => [] });
    expect(JSON.stringify(articles)).toBe(before);
    expect(dated[0]).toBe(articles[0]);
    expect(dated[1]!.published).toMatchObject({ inferred: true, precision: 'day' });
    // Monday 4 March 2024: read as published that week, "on Monday" agrees with the other article.
    expect(dated[1]!.published!.date >= '2024-03-04').toBe(true);
    expect(dated[1]!.provenance.published).toMatch(/^inferred/);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'b.txt', level: 'info' })]);
  });

  it('leaves an undated article undated, with a warning, when nothing agrees', () => {
    const { articles: dated, diagnostics } = datePublications([article('c.txt', 'A bridge opened on Monday.', null)], () => true, { mentionsAt: () => [], absoluteMentions: () => [] });
    expect(dated[0]!.published).toBeNull();
    expect(diagnostics[0]).toMatchObject({ file: 'c.txt', level: 'warning' });
  });
});

describe('datePublications: never before a day the article reports as past', () => {
  // Without a relative date, every candidate day agrees as well as the next: the earliest used to win, two weeks before the talks it reports.
  const articles = [
    article('a.txt', 'Делегации двух стран провели переговоры в Вене 12 мая 2023 года, сообщил министр.', '2023-05-13', 'ru'),
    article('b.txt', '12 мая 2023 года делегации двух стран провели переговоры в Вене.', null, 'ru'),
  ];
  const sourceOf = (index: number) => {
    const text = articles[index]!.text;
    return { id: String(index), index, text, language: 'ru', sentences: segmentSentences(text, 'ru') };
  };
  const readings = {
    mentionsAt: (index: number, published: string) => extractMentions(sourceOf(index), tagTemporalExpressions(articles[index]!.text, { published, language: 'ru' })),
    absoluteMentions: (index: number) => extractMentions(sourceOf(index), absoluteExpressions(articles[index]!.text, 'ru')),
  };

  it('infers the day of the talks at the earliest, not a day before them', () => {
    const { articles: dated } = datePublications(articles, () => true, readings);
    expect(dated[1]!.published).toMatchObject({ date: '2023-05-12', inferred: true });
  });
});
