import { tagTemporalExpressions } from './tagTemporalExpressions';
import type { TemporalExpression } from './types';

/** Tag a sentence and return the expression whose text is exactly `span` (fails loudly if absent). */
export function tagSpan(text: string, published: string, span: string, language?: string): TemporalExpression {
  const found = tagTemporalExpressions(text, { published, language }).find((e) => e.text === span);
  if (!found) {
    const got = tagTemporalExpressions(text, { published, language }).map((e) => `${e.text}=${e.value}`);
    throw new Error(`no expression "${span}" in: ${got.join(', ')}`);
  }
  return found;
}

export function tagAll(text: string, published: string, language?: string): TemporalExpression[] {
  return tagTemporalExpressions(text, { published, language });
}
