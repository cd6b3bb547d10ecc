import type { Diagnostic, Source, Timeline } from './schema.ts';
import type { Article, ArticleFile } from './types.ts';
import { parseSourcesYaml, readArticles } from './ingest/index.ts';
import { tagTemporalExpressions, type TemporalExpression } from './time/index.ts';
import { extractMentions, limitTimeline, segmentSentences, slugify, storyEvents, type MentionSource } from './events/index.ts';
import { datePublications } from './datePublications.ts';
import { keepValidEvents } from './keepValidEvents.ts';
import { editTimeline } from './editorial/index.ts';
import { dayOf } from './isoDate.ts';
import { storyLanguage } from './storyLanguage.ts';

export { ARTICLE_EXTENSIONS } from './ingest/index.ts';

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
  const read = readArticles(sorted, facts);
  diagnostics.push(...read.diagnostics);
  const { unusable } = read;
  progress(`read ${read.articles.length} article${read.articles.length === 1 ? '' : 's'}`);
  const usable = (i: number): boolean => !unusable.has(read.articles[i]!);
  // Ids rest on stated dates only, so inferring a date later does not change them.
  const ids = sourceIds(read.articles);
  const sentences = read.articles.map((a) => segmentSentences(a.text, a.language));
  const mentionSource = (a: Article, index: number): MentionSource => ({ id: ids[index]!, index, text: a.text, language: a.language, sentences: sentences[index]! });

  // publication dates, then time
  // Each article is tagged once per reference day: dating the undated ones reads the dated ones too, and events read them again.
  const tagged = new Map<string, TemporalExpression[]>();
  const tag = (index: number, published: string): TemporalExpression[] => {
    const key = `${index}@${published}`;
    let found = tagged.get(key);
    if (!found) {
      const a = read.articles[index]!;
      tagged.set(key, (found = tagTemporalExpressions(a.text, { published, language: a.language })));
    }
    return found;
  };
  const dating = datePublications(read.articles, usable, (index, published) => extractMentions(mentionSource(read.articles[index]!, index), tag(index, published)));
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
      usable(index) ? [{ source: mentionSource(a, index), published: a.published, expressions: a.published ? tag(index, a.published.date) : [] }] : [],
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

  const language = storyLanguage(sources.map((s) => s.language), facts?.language);
  const built: Timeline = {
    version: 1,
    title: facts?.title ?? articles.find((a) => a.title)?.title ?? 'Timeline',
    ...(language ? { language } : {}),
    sources,
    events: valid.events,
    diagnostics,
  };
  // What a person wrote always wins over what was extracted; then the tail is cut, so a pinned event always stays.
  const editorial = sorted.find((f) => f.path === 'editorial.md');
  const edited = editorial ? editTimeline(built, new TextDecoder().decode(editorial.bytes), 'editorial.md') : built;
  return limitTimeline(edited);
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
