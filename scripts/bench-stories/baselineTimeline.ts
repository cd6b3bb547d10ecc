import { ARTICLE_EXTENSIONS } from '../../src/pipeline/index.ts';
import { readArticle } from '../../src/pipeline/ingest/readArticle.ts';
import { tagTemporalExpressions, timexToInterval } from '../../src/pipeline/time/index.ts';
import { segmentSentences } from '../../src/pipeline/text/segmentSentences.ts';
import { contentTerms } from '../../src/pipeline/events/contentTerms.ts';
import { inverseDocumentFrequency, termVector } from '../../src/pipeline/events/termVectors.ts';
import type { ArticleFile } from '../../src/pipeline/types.ts';
import type { RankedDay } from './rankedDay.ts';
import { mostCentral } from './mostCentral.ts';

/**
 * Sentences per baseline day. One, the typical gold day: most gold days
 * (the median) hold a single sentence, a few hold many. More sentences
 * trade ROUGE precision for recall; `--baseline-sentences N` changes it.
 */
export const BASELINE_SENTENCES = 1;

const CONFIG_FILES = /(^|\/)(sources\.ya?ml|editorial\.md)$/;

interface Sentence {
  text: string;
}

/**
 * A naive timeline to measure ours against (date-citation counting with
 * centroid sentences, after the date-wise baselines of timeline
 * summarization). A day's score is the number of articles citing it — by a
 * day-precision expression of one day, or by being published on it. A day's
 * candidate sentences are those holding an expression of that day, and, of
 * an article published that day, those holding no temporal expression; its
 * text is its k most central candidates (TF-IDF cosine) in text order.
 * Days rank by score; of equal scores, publication days first (news is
 * mostly about its own day), then by date.
 */
export function baselineTimeline(files: readonly ArticleFile[], sentencesPerDay = BASELINE_SENTENCES): RankedDay[] {
  const citing = new Map<string, Set<number>>();
  const candidates = new Map<string, Set<Sentence>>();
  const add = (day: string, sentence: Sentence): void => void candidates.set(day, (candidates.get(day) ?? new Set()).add(sentence));
  const sentences: Sentence[] = [];
  const articles = [...files]
    .filter((f) => ARTICLE_EXTENSIONS.test(f.path) && !CONFIG_FILES.test(f.path) && !f.error && f.size === undefined)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => readArticle(f));
  articles.forEach((article, index) => {
    if (!article.published) return;
    const published = article.published.date.slice(0, 10);
    const cite = (day: string): void => void citing.set(day, (citing.get(day) ?? new Set()).add(index));
    cite(published);
    const expressions = tagTemporalExpressions(article.text, { published: article.published.date, language: article.language });
    for (const span of segmentSentences(article.text, article.language)) {
      const sentence = { text: article.text.slice(span.start, span.end) };
      sentences.push(sentence);
      const inside = expressions.filter((e) => e.start >= span.start && e.start < span.end);
      if (inside.length === 0) add(published, sentence);
      for (const e of inside) {
        const interval = timexToInterval(e);
        // Day precision of one day only: "Tuesday" or "Tuesday morning", not "this week", a month or "9-11 July".
        if (interval?.precision !== 'day' || interval.start !== interval.end) continue;
        cite(interval.start);
        add(interval.start, sentence);
      }
    }
  });
  // Every sentence of the story is one document of the IDF.
  const terms = new Map(sentences.map((s) => [s, contentTerms(s.text)]));
  const idf = inverseDocumentFrequency([...terms.values()]);
  const published = new Set(articles.flatMap((a) => (a.published ? [a.published.date.slice(0, 10)] : [])));
  const days = [...citing.keys()].sort(
    (a, b) => citing.get(b)!.size - citing.get(a)!.size || Number(published.has(b)) - Number(published.has(a)) || (a < b ? -1 : 1),
  );
  return days.map((day) => {
    // A day's candidates were added in text order (articles in path order, then offset).
    const group = [...(candidates.get(day) ?? [])];
    const chosen = mostCentral(group.map((s) => termVector(terms.get(s)!, idf)), sentencesPerDay);
    return { day, text: chosen.map((i) => group[i]!.text).join(' ') };
  });
}
