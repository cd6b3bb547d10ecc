import type { Article } from './types.ts';

/** "publication dates: 4 stated, 1 inferred, 0 unknown": said between reading and finding events, the long stretch of a big story. */
export function publicationProgress(articles: readonly Pick<Article, 'published'>[]): string {
  const inferred = articles.filter((a) => a.published?.inferred).length;
  const unknown = articles.filter((a) => !a.published).length;
  return `publication dates: ${articles.length - inferred - unknown} stated, ${inferred} inferred, ${unknown} unknown`;
}
