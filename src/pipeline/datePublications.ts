import type { Diagnostic, Published } from './schema.ts';
import type { Article } from './types.ts';
import { inferPublicationDate } from './ingest/inferPublicationDate.ts';
import { cosineSimilarity, inverseDocumentFrequency, termVector, type DatedMention, type TermVector } from './events/index.ts';
import { appendTo } from './events/appendTo.ts';

/** Below this similarity, a date match between two articles is coincidence. */
const AGREEMENT = 0.1;

/** The dated mentions an article gives when read as published on a day. */
export type MentionsAt = (index: number, published: string) => DatedMention[];

/**
 * The publication-dating stage: articles that state no date get one
 * inferred from the others (marked inferred, with its basis), or stay
 * undated with a diagnostic. Returns new articles; the input is untouched.
 */
export function datePublications(
  articles: readonly Article[],
  usable: (index: number) => boolean,
  mentionsAt: MentionsAt,
): { articles: Article[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const known = articles.filter((a, i) => usable(i) && a.published && !a.published.inferred).map((a) => a.published!.date);
  if (articles.every((a, i) => a.published || !usable(i))) return { articles: [...articles], diagnostics };
  const dated = articles.flatMap((a, i) => (a.published && usable(i) ? mentionsAt(i, a.published.date) : [])).filter((m) => m.interval.precision === 'day');
  const idf = inverseDocumentFrequency(dated.map((m) => m.terms));
  const datedByDay = new Map<string, TermVector[]>();
  for (const m of dated) appendTo(datedByDay, m.interval.start, termVector(m.weights, idf));

  const out = articles.map((article, index): Article => {
    if (article.published || !usable(index)) return article;
    const published: Published | null = inferPublicationDate(known, {
      agreement(candidate) {
        let score = 0;
        let matches = 0;
        for (const m of mentionsAt(index, candidate)) {
          if (m.interval.precision !== 'day') continue;
          const vector = termVector(m.weights, idf);
          const best = Math.max(0, ...(datedByDay.get(m.interval.start) ?? []).map((v) => cosineSimilarity(v, vector)));
          if (best >= AGREEMENT) {
            score += best;
            matches++;
          }
        }
        return { score, matches };
      },
    });
    if (!published) {
      diagnostics.push({ file: article.file, level: 'warning', message: 'no publication date stated or inferable; its relative dates were not used' });
      return article;
    }
    diagnostics.push({ file: article.file, level: 'info', message: `no publication date stated; inferred ${published.date} (${published.basis})` });
    return { ...article, published, provenance: { ...article.provenance, published: published.basis } };
  });
  return { articles: out, diagnostics };
}
