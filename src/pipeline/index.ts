import { DateTime } from 'luxon';
import type { Diagnostic, Source, Timeline } from './schema.ts';
import type { Article, ArticleFile } from './types.ts';
import { readArticle } from './ingest/readArticle.ts';
import { looksBinary } from './ingest/looksBinary.ts';
import { parseSourcesYaml, type SourcesFile } from './ingest/parseSourcesYaml.ts';
import { inferPublicationDate } from './ingest/inferPublicationDate.ts';
import { tagTemporalExpressions } from './time/index.ts';
import { extractMentions, type MentionSource } from './events/extractMentions.ts';
import { segmentSentences } from './events/segmentSentences.ts';
import { clusterMentions } from './events/clusterMentions.ts';
import { joinCoarseClusters } from './events/joinCoarseClusters.ts';
import { attachUndatedSentences } from './events/attachUndatedSentences.ts';
import { routeClaims } from './events/routeClaims.ts';
import { buildEvents, type StorySpan } from './events/buildEvents.ts';
import { cosineSimilarity, inverseDocumentFrequency, termVector, type TermVector } from './events/termVectors.ts';
import { slugify } from './events/eventId.ts';
import type { DatedMention } from './events/types.ts';
import { editTimeline } from './editorial/index.ts';

export const ARTICLE_EXTENSIONS = /\.(txt|text|md|markdown|html?|xhtml)$/i;
const CONFIG_FILES = new Set(['sources.yaml', 'sources.yml', 'editorial.md']);

/** Days before the first and after the last publication that still count as the story's own time. */
const STORY_LEAD_DAYS = 60;
const STORY_TAIL_DAYS = 30;
/** Below this similarity, a date match between two articles is coincidence. */
const AGREEMENT = 0.1;

export interface BuildOptions {
  /** Progress lines for long work; the pipeline itself never prints. */
  onProgress?: (message: string) => void;
}

/**
 * The whole pipeline, pure: the seeds folder's files in, the contract out.
 * ingest → publication dates → time → mentions → events.
 */
export function buildTimeline(files: readonly ArticleFile[], options: BuildOptions = {}): Timeline {
  const progress = options.onProgress ?? (() => {});
  const diagnostics: Diagnostic[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sourcesFile = sorted.find((f) => /^sources\.ya?ml$/.test(f.path));
  const facts = sourcesFile ? parseSourcesYaml(new TextDecoder().decode(sourcesFile.bytes)) : undefined;
  if (facts) diagnostics.push(...facts.diagnostics);

  const { articles, unusable } = readArticles(sorted, facts, diagnostics);
  progress(`read ${articles.length} article${articles.length === 1 ? '' : 's'}`);

  const sources = assignSourceIds(articles);
  const mentionSources: MentionSource[] = articles.map((a, index) => ({
    id: sources[index]!.id,
    index,
    text: a.text,
    language: a.language,
    sentences: segmentSentences(a.text, a.language),
  }));
  const mentionsAt = (index: number, published: string): DatedMention[] => {
    const source = mentionSources[index]!;
    const expressions = tagTemporalExpressions(source.text, { published, language: source.language });
    return extractMentions(source, expressions);
  };

  const usable = (i: number): boolean => !unusable.has(articles[i]!);
  const mentions: DatedMention[][] = articles.map((a, i) => (a.published && usable(i) ? mentionsAt(i, a.published.date) : []));
  const known = articles.filter((a) => a.published && !a.published.inferred).map((a) => a.published!.date);
  inferMissingDates(articles, mentions, known, mentionsAt, diagnostics, usable);
  sources.forEach((source, i) => (source.published = articles[i]!.published));

  const all = mentions.flat();
  const idf = inverseDocumentFrequency(all.map((m) => m.terms));
  const vectors = new Map<DatedMention, TermVector>();
  const vectorOf = (m: DatedMention): TermVector => {
    let v = vectors.get(m);
    if (!v) vectors.set(m, (v = termVector(m.weights, idf)));
    return v;
  };
  const byDate = clusterMentions(all, vectorOf);
  const joined = joinCoarseClusters(byDate, vectorOf);
  const readable = mentionSources.filter((_, i) => usable(i));
  const clusters = routeClaims(attachUndatedSentences(joined, readable, idf, vectorOf), readable, idf, vectorOf);
  const languages = new Map(mentionSources.map((s) => [s.id, s.language]));
  const events = buildEvents(clusters, vectorOf, storySpan(articles), (id) => languages.get(id) ?? 'en');
  progress(`${all.length} dated mentions → ${events.length} events`);

  const cited = new Set(events.flatMap((e) => e.mentions.map((m) => m.source)));
  for (const [i, source] of sources.entries()) {
    if (cited.has(source.id)) continue;
    source.note = unusable.has(articles[i]!)
      ? unusable.get(articles[i]!)!
      : !articles[i]!.text.trim()
      ? 'no article text found'
      : !source.published
        ? 'no publication date stated or inferable, so its relative dates could not be resolved'
        : 'no sentence in it ties a happening to a date';
  }

  const built: Timeline = {
    version: 1,
    title: facts?.title ?? articles.find((a) => a.title)?.title ?? 'Timeline',
    sources,
    events,
    diagnostics,
  };
  // What a person wrote always wins over what was extracted.
  const editorial = sorted.find((f) => f.path === 'editorial.md');
  return editorial ? editTimeline(built, new TextDecoder().decode(editorial.bytes), 'editorial.md') : built;
}

/**
 * Every file read as an article, in path order; files that cannot be
 * (unreadable, binary, empty, the same article twice) are reported and
 * kept out of the events, but still listed as sources when they were read.
 */
function readArticles(
  sorted: readonly ArticleFile[],
  facts: SourcesFile | undefined,
  diagnostics: Diagnostic[],
): { articles: Article[]; unusable: Map<Article, string> } {
  const articles: Article[] = [];
  const unusable = new Map<Article, string>();
  const seenTexts = new Map<string, string>();
  for (const file of sorted) {
    if (CONFIG_FILES.has(file.path)) continue;
    const problem = unreadable(file);
    if (problem) {
      diagnostics.push({ file: file.path, level: 'warning', message: `skipped: ${problem}` });
      continue;
    }
    const article = readArticle(file, facts?.files.get(file.path));
    diagnostics.push(...article.diagnostics);
    articles.push(article);
    const why = looksBinary(article.text)
      ? 'binary data, not text'
      : !article.text.trim()
        ? 'no article text found (the file is empty or all page furniture)'
        : undefined;
    const key = article.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const twin = why ? undefined : seenTexts.get(key);
    if (why || twin) {
      const reason = why ?? `the same article as ${twin}`;
      unusable.set(article, reason);
      diagnostics.push({ file: file.path, level: 'warning', message: reason });
      if (why) article.text = '';
    } else seenTexts.set(key, file.path);
  }
  const present = new Set(sorted.map((f) => f.path));
  for (const path of facts?.files.keys() ?? []) {
    if (!present.has(path)) {
      diagnostics.push({ file: 'sources.yaml', level: 'warning', message: `sources.${path}: no such file in the seeds folder` });
    }
  }
  return { articles, unusable };
}

/** Articles with no stated date get one inferred from the others, or stay undated with a diagnostic. */
function inferMissingDates(
  articles: Article[],
  mentions: DatedMention[][],
  known: readonly string[],
  mentionsAt: (index: number, published: string) => DatedMention[],
  diagnostics: Diagnostic[],
  usable: (index: number) => boolean,
): void {
  const dated = mentions.flat().filter((m) => m.interval.precision === 'day');
  const idf = inverseDocumentFrequency(dated.map((m) => m.terms));
  const datedByDay = new Map<string, TermVector[]>();
  for (const m of dated) datedByDay.set(m.interval.start, [...(datedByDay.get(m.interval.start) ?? []), termVector(m.weights, idf)]);

  articles.forEach((article, index) => {
    if (article.published || !usable(index)) return;
    const candidates = new Map<string, DatedMention[]>();
    const published = inferPublicationDate(known, {
      agreement(candidate) {
        const found = mentionsAt(index, candidate);
        candidates.set(candidate, found);
        let score = 0;
        let matches = 0;
        for (const m of found) {
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
    if (published) {
      article.published = published;
      article.provenance.published = published.basis;
      mentions[index] = candidates.get(published.date) ?? mentionsAt(index, published.date);
      diagnostics.push({ file: article.file, level: 'info', message: `no publication date stated; inferred ${published.date} (${published.basis})` });
    } else {
      diagnostics.push({ file: article.file, level: 'warning', message: 'no publication date stated or inferable; its relative dates were not used' });
    }
  });
}

/** Why a file cannot be read as an article at all, if it cannot. */
function unreadable(file: ArticleFile): string | undefined {
  if (file.error) return `could not be read (${file.error})`;
  if (file.size !== undefined) return `${(file.size / 1024 / 1024).toFixed(1)} MB is over the size limit`;
  if (!ARTICLE_EXTENSIONS.test(file.path)) return 'not an article format (.txt, .md, .html)';
  return undefined;
}

/** Stable, readable source ids: outlet, stated date and headline words, else the file name. */
function assignSourceIds(articles: readonly Article[]): Source[] {
  const used = new Map<string, number>();
  return articles.map((a) => {
    const stated = a.published && !a.published.inferred ? a.published.date.slice(0, 10) : '';
    let id = a.outlet ? slugify(`${a.outlet} ${stated} ${a.title ?? ''}`, 8) : slugify(a.file.replace(/\.[^.]+$/, ''), 8);
    if (!id) id = 'source';
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    return { id, file: a.file, title: a.title, outlet: a.outlet, url: a.url, author: a.author, language: a.language, published: a.published };
  });
}

function storySpan(articles: readonly Article[]): StorySpan {
  const days = articles.flatMap((a) => (a.published ? [a.published.date.slice(0, 10)] : [])).sort();
  if (days.length === 0) return { start: '0000-01-01', end: '9999-12-31' };
  return {
    start: DateTime.fromISO(days[0]!, { zone: 'utc' }).minus({ days: STORY_LEAD_DAYS }).toISODate()!,
    end: DateTime.fromISO(days[days.length - 1]!, { zone: 'utc' }).plus({ days: STORY_TAIL_DAYS }).toISODate()!,
  };
}
