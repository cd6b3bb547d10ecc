import type { Source } from '../../src/pipeline/schema.ts';
import type { Article } from '../../src/pipeline/types.ts';

/**
 * Each source's cleaned article text, by source id: the text the mentions'
 * `start`/`end` index into, from the articles the same pipeline run read
 * (buildStory). A source has one file, so its id is found by that file.
 * Sources an editorial edit added (a URL) have no article and no text here.
 */
export function articleTexts(articles: readonly Pick<Article, 'file' | 'text'>[], sources: readonly Source[]): Map<string, string> {
  const byFile = new Map(articles.map((a) => [a.file, a.text]));
  const texts = new Map<string, string>();
  for (const source of sources) {
    const text = byFile.get(source.file);
    if (text !== undefined) texts.set(source.id, text);
  }
  return texts;
}
