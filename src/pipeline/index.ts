import type { Diagnostic, Source, Timeline } from './schema.ts';
import type { Article, ArticleFile } from './types.ts';
import { looksBinary, parseSourcesYaml, readArticle, type SourcesFile } from './ingest/index.ts';
import { tagTemporalExpressions, type TemporalExpression } from './time/index.ts';
import { extractMentions, segmentSentences, slugify, storyEvents, type MentionSource } from './events/index.ts';
import { datePublications } from './datePublications.ts';
import { keepValidEvents } from './keepValidEvents.ts';
import { editTimeline } from './editorial/index.ts';
import { dayOf } from './isoDate.ts';

export const ARTICLE_EXTENSIONS = /\.(txt|text|md|markdown|html?|xhtml)$/i;
const CONFIG_FILES = new Set(['sources.yaml', 'sources.yml', 'editorial.md']);

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

  // ingest
  const read = readArticles(sorted, facts, diagnostics);
  const { unusable } = read;
  progress(`read ${read.articles.length} article${read.articles.length === 1 ? '' : 's'}`);
  const usable = (i: number): boolean => !unusable.has(read.articles[i]!);
  // Ids rest on stated dates only, so inferring a date later does not change them.
  const ids = sourceIds(read.articles);
  const sentences = read.articles.map((a) => segmentSentences(a.text, a.language));
  const mentionSource = (a: Article, index: number): MentionSource => ({ id: ids[index]!, index, text: a.text, language: a.language, sentences: sentences[index]! });

  // publication dates, then time
  const tag = (a: Article, published: string): TemporalExpression[] => tagTemporalExpressions(a.text, { published, language: a.language });
  const dating = datePublications(read.articles, usable, (index, published) => {
    const article = read.articles[index]!;
    return extractMentions(mentionSource(article, index), tag(article, published));
  });
  diagnostics.push(...dating.diagnostics);
  const articles = dating.articles;
  const sources: Source[] = articles.map((a, i) => ({
    id: ids[i]!,
    file: a.file,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    author: a.author,
    language: a.language,
    published: a.published,
  }));

  // events: an unusable file (binary, empty, a duplicate) is listed as a source but tells nothing.
  const { events, mentions } = storyEvents(
    articles.flatMap((a, index) =>
      usable(index) ? [{ source: mentionSource(a, index), published: a.published, expressions: a.published ? tag(a, a.published.date) : [] }] : [],
    ),
  );
  const valid = keepValidEvents(events, sources);
  diagnostics.push(...valid.diagnostics);
  progress(`${mentions} dated mentions → ${valid.events.length} events (${valid.events.filter((e) => e.tier === 'key').length} key)`);

  const cited = new Set(valid.events.flatMap((e) => e.mentions.map((m) => m.source)));
  for (const [i, source] of sources.entries()) {
    if (cited.has(source.id)) continue;
    source.note = unusable.has(read.articles[i]!)
      ? unusable.get(read.articles[i]!)!
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
    events: valid.events,
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

/** Why a file cannot be read as an article at all, if it cannot. */
function unreadable(file: ArticleFile): string | undefined {
  if (file.error) return `could not be read (${file.error})`;
  if (file.size !== undefined) return `${(file.size / 1024 / 1024).toFixed(1)} MB is over the size limit`;
  if (!ARTICLE_EXTENSIONS.test(file.path)) return 'not an article format (.txt, .md, .html)';
  return undefined;
}

/** Stable, readable source ids: outlet, stated date and headline words, else the file name. */
function sourceIds(articles: readonly Article[]): string[] {
  const used = new Map<string, number>();
  return articles.map((a) => {
    const stated = a.published && !a.published.inferred ? dayOf(a.published.date) : '';
    let id = a.outlet ? slugify(`${a.outlet} ${stated} ${a.title ?? ''}`, 8) : slugify(a.file.replace(/\.[^.]+$/, ''), 8);
    if (!id) id = 'source';
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    return n > 1 ? `${id}-${n}` : id;
  });
}
