import type { Diagnostic, Source, Timeline, TimelineEvent } from './schema.ts';
import type { Article, ArticleFile } from './types.ts';
import { readArticles, readSourcesYaml } from './ingest/index.ts';
import { absoluteExpressions, tagTemporalExpressions, type TemporalExpression } from './time/index.ts';
import { extractMentions, firstDatedSentences, limitTimeline, MAX_DATED_SENTENCES, segmentSentences, slugify, storyEvents, type MentionSource } from './events/index.ts';
import { normalizeText, readingView, type ReadingView } from './text/normalizeText.ts';
import { openingSentences } from './text/openingSentences.ts';
import { datePublications } from './datePublications.ts';
import { keepValidEvents } from './keepValidEvents.ts';
import { editTimelineFromFile } from './editorial/index.ts';
import { importTimelines } from './import/index.ts';
import { dayOf } from './isoDate.ts';
import { storyLanguage } from './storyLanguage.ts';
import { publicationProgress } from './publicationProgress.ts';

export { ARTICLE_EXTENSIONS } from './ingest/index.ts';

/**
 * Characters of an undated article read for each day its publication date is
 * tried on: about 1,500 words, a long news story, whose relative dates place it.
 */
const INFERENCE_SAMPLE_LENGTH = 10_000;
/**
 * Sentences read per article. A long report runs to a thousand; past this a
 * file is a book or a dump, and attaching its undated sentences to its
 * events costs a comparison per sentence and dated mention.
 */
const MAX_SENTENCES_READ = 5000;

export interface BuildOptions {
  /** Progress lines for long work; the pipeline itself never prints. */
  onProgress?: (message: string) => void;
}

/**
 * The whole pipeline, pure: the seeds folder's files in, the contract out.
 * ingest → publication dates → time → mentions → events.
 */
export function buildTimeline(files: readonly ArticleFile[], options: BuildOptions = {}): Timeline {
  return buildStory(files, options).timeline;
}

/** What the pipeline built, with the articles as ingest read them (the review page shows the quotes in their text). */
export interface BuiltStory {
  timeline: Timeline;
  /** Every file read as an article, in file order; its `text` is what the mentions' offsets index into. */
  articles: readonly Article[];
}

/** buildTimeline, keeping the ingested articles: one run of ingest for callers that need both. */
export function buildStory(files: readonly ArticleFile[], options: BuildOptions = {}): BuiltStory {
  const progress = options.onProgress ?? (() => {});
  const diagnostics: Diagnostic[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sourcesFile = sorted.find((f) => /^sources\.ya?ml$/.test(f.path));
  // Decoded like an article (any encoding, any line ends); an unusable one is reported, never silently dropped.
  const facts = sourcesFile ? readSourcesYaml(sourcesFile) : undefined;
  if (facts) diagnostics.push(...facts.diagnostics);

  // ingest
  const read = readArticles(sorted, facts);
  diagnostics.push(...read.diagnostics);
  const { unusable } = read;
  progress(`read ${read.articles.length} article${read.articles.length === 1 ? '' : 's'}`);
  const usable = (i: number): boolean => !unusable.has(read.articles[i]!);
  // Control, zero-width and bidi characters and odd line ends go before anything is segmented; mentions are mapped back to the article's text at the end.
  const views = read.articles.map((a) => readingView(a.text));
  const cleanOrNull = (value: string | null): string | null => (value === null ? null : normalizeText(value));
  const cleaned = read.articles.map((a, i) => ({ ...a, text: views[i]!.text, title: cleanOrNull(a.title), outlet: cleanOrNull(a.outlet), author: cleanOrNull(a.author) }));
  // Ids rest on stated dates only, so inferring a date later does not change them; and on cleaned words, so an invisible character splits none.
  const ids = sourceIds(cleaned);
  // Each article is read up to MAX_SENTENCES_READ sentences: every later stage works on that part only.
  const readParts = cleaned.map((a) => openingSentences(a.text, segmentSentences(a.text, a.language), { maxSentences: MAX_SENTENCES_READ }));
  for (const [i, part] of readParts.entries()) {
    if (part.cut) diagnostics.push({ file: cleaned[i]!.file, level: 'warning', message: `more than ${MAX_SENTENCES_READ} sentences; only the first ${MAX_SENTENCES_READ} were read` });
  }
  const sentences = readParts.map((p) => p.sentences);
  const mentionSource = (a: Article, index: number): MentionSource => ({ id: ids[index]!, index, text: a.text, language: a.language, sentences: sentences[index]! });

  // publication dates, then time
  // Each article is tagged once per reference day: dating the undated ones reads the dated ones too, and events read them again.
  const tagged = new Map<string, readonly TemporalExpression[]>();
  const cut = new Set<number>();
  const bounded = (index: number, expressions: readonly TemporalExpression[]): readonly TemporalExpression[] => {
    const first = firstDatedSentences(expressions, sentences[index]!);
    if (first.cut && !cut.has(index)) {
      cut.add(index);
      diagnostics.push({ file: cleaned[index]!.file, level: 'warning', message: `more than ${MAX_DATED_SENTENCES} dated sentences; only the first ${MAX_DATED_SENTENCES} were read` });
    }
    return first.expressions;
  };
  const tag = (index: number, published: string): readonly TemporalExpression[] => {
    const key = `${index}@${published}`;
    let found = tagged.get(key);
    if (!found) {
      tagged.set(key, (found = bounded(index, tagTemporalExpressions(readParts[index]!.text, { published, language: cleaned[index]!.language }))));
    }
    return found;
  };
  // What an undated article dates whatever its publication day: "on 9 March 2024" needs no reference, "on Tuesday" does.
  const absolute = new Map<number, readonly TemporalExpression[]>();
  const absoluteOf = (index: number): readonly TemporalExpression[] => {
    let found = absolute.get(index);
    if (!found) absolute.set(index, (found = bounded(index, absoluteExpressions(readParts[index]!.text, cleaned[index]!.language))));
    return found;
  };
  const mentionsOf = (index: number, expressions: readonly TemporalExpression[]) => extractMentions(mentionSource(cleaned[index]!, index), expressions);
  const dating = datePublications(cleaned, usable, {
    mentionsAt: (index, published) => mentionsOf(index, tag(index, published)),
    // Inference reads an undated article once per candidate day: its opening part is enough to place it, and bounds the work.
    sampleAt: (index, published) => {
      const a = cleaned[index]!;
      const opening = openingSentences(readParts[index]!.text, sentences[index]!, { maxLength: INFERENCE_SAMPLE_LENGTH });
      const source = { ...mentionSource(a, index), text: opening.text, sentences: opening.sentences };
      return extractMentions(source, tagTemporalExpressions(opening.text, { published, language: a.language }));
    },
    absoluteMentions: (index) => mentionsOf(index, absoluteOf(index)),
  });
  diagnostics.push(...dating.diagnostics);
  const articles = dating.articles;
  progress(publicationProgress(articles));
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
      usable(index) ? [{ source: mentionSource(a, index), published: a.published, expressions: a.published ? tag(index, a.published.date) : absoluteOf(index) }] : [],
    ),
  );
  const valid = keepValidEvents(inArticleText(events, ids, views, read.articles), sources);
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
        ? 'no publication date stated or inferable, so its relative dates could not be resolved, and no sentence in it ties a happening to an absolute date'
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
  // TimelineJS3 files are hand-made events too, applied before editorial.md so it can still edit them.
  const imported = importTimelines(built, sorted, { keepTitle: facts?.title !== undefined });
  const editorial = sorted.find((f) => f.path === 'editorial.md');
  const edited = editorial ? editTimelineFromFile(imported, editorial) : imported;
  return { timeline: limitTimeline(edited), articles: read.articles };
}

/**
 * Mentions with offsets and quotes in each article's own cleaned text (what
 * `inspect` shows and the contract promises), not in the reading view the
 * stages worked on: the same words, with any invisible or control
 * characters they held. Articles with nothing cleaned keep their mentions.
 */
function inArticleText(events: readonly TimelineEvent[], ids: readonly string[], views: readonly ReadingView[], articles: readonly Article[]): TimelineEvent[] {
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  return events.map((event) => {
    if (event.mentions.every((m) => views[indexOf.get(m.source) ?? -1]?.unchanged ?? true)) return event;
    const mentions = event.mentions.map((m) => {
      const index = indexOf.get(m.source);
      const view = index === undefined ? undefined : views[index];
      if (!view || view.unchanged) return m;
      const { start, end } = view.toOriginal(m.start, m.end);
      return { ...m, start, end, quote: articles[index!]!.text.slice(start, end) };
    });
    return { ...event, mentions };
  });
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
