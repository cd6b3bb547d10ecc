import type { Diagnostic, Published } from './schema.ts';
import type { Article } from './types.ts';
import { inferPublicationDate } from './ingest/inferPublicationDate.ts';
import { cosineSimilarity, inverseDocumentFrequency, termVector, type DatedMention, type TermVector } from './events/index.ts';
import { appendTo } from './events/appendTo.ts';
import { dayOf } from './isoDate.ts';

/** Below this similarity, a date match between two articles is coincidence. */
const AGREEMENT = 0.1;

/** The dated mentions an article gives when read as published on a day. */
export type MentionsAt = (index: number, published: string) => DatedMention[];

/** How the dating stage reads the articles. */
export interface PublicationReadings {
  /** A dated article's mentions, read as published on its own day. */
  mentionsAt: MentionsAt;
  /**
   * An undated article's mentions read as published on a candidate day. Each
   * candidate re-reads it, so this may read only its opening part; defaults to `mentionsAt`.
   */
  sampleAt?: MentionsAt;
  /** An undated article's mentions whose dates hold whatever its publication date, over the whole article. */
  absoluteMentions: (index: number) => DatedMention[];
}

/**
 * The publication-dating stage: articles that state no date get one
 * inferred from the others (marked inferred, with its basis), never before a
 * day they report as past, or stay undated with a diagnostic (their absolute
 * dates are still used). Returns new articles; the input is untouched.
 */
export function datePublications(
  articles: readonly Article[],
  usable: (index: number) => boolean,
  readings: PublicationReadings,
): { articles: Article[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const known = articles.filter((a, i) => usable(i) && a.published && !a.published.inferred).map((a) => a.published!.date);
  if (articles.every((a, i) => a.published || !usable(i))) return { articles: [...articles], diagnostics };
  const dated = articles.flatMap((a, i) => (a.published && usable(i) ? readings.mentionsAt(i, a.published.date) : [])).filter((m) => m.interval.precision === 'day');
  const idf = inverseDocumentFrequency(dated.map((m) => m.terms));
  const datedByDay = new Map<string, TermVector[]>();
  for (const m of dated) appendTo(datedByDay, m.interval.start, termVector(m.weights, idf));
  const sampleAt = readings.sampleAt ?? readings.mentionsAt;

  const out = articles.map((article, index): Article => {
    if (article.published || !usable(index)) return article;
    const notBefore = latestReportedDay(readings.absoluteMentions(index));
    const published: Published | null = inferPublicationDate(known, {
      notBefore,
      agreement(candidate) {
        let score = 0;
        let matches = 0;
        for (const m of sampleAt(index, candidate)) {
          if (m.interval.precision !== 'day') continue;
          const vector = termVector(m.weights, idf);
          let best = 0;
          for (const v of datedByDay.get(m.interval.start) ?? []) best = Math.max(best, cosineSimilarity(v, vector));
          if (best >= AGREEMENT) {
            score += best;
            matches++;
          }
        }
        return { score, matches };
      },
    });
    if (!published) {
      diagnostics.push({ file: article.file, level: 'warning', message: 'no publication date stated or inferable; only its absolute dates ("on 9 March 2024", "in 2014") were used, not its relative ones' });
      return article;
    }
    diagnostics.push({ file: article.file, level: 'info', message: `no publication date stated; inferred ${published.date} (${published.basis})` });
    return { ...article, published, provenance: { ...article.provenance, published: published.basis } };
  });
  return { articles: out, diagnostics };
}

/** The latest day an article reports, by an absolute date, as having happened: it came out on that day or later. */
function latestReportedDay(mentions: readonly DatedMention[]): string | undefined {
  let latest: string | undefined;
  for (const m of mentions) {
    if (!m.absolute || m.status !== 'reported' || (m.interval.precision !== 'day' && m.interval.precision !== 'minute')) continue;
    const day = dayOf(m.interval.start);
    if (!latest || day > latest) latest = day;
  }
  return latest;
}
