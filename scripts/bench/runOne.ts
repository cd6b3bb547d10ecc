/**
 * One size of the scale benchmark, run in its own process so that peak memory
 * is this size's alone. Started by scripts/bench.ts:
 *
 *   node --import tsx scripts/bench/runOne.ts --size N [--seed S] [--seeds DIR] [--dir CORPUS_DIR]
 *
 * Prints progress on stderr ("stage: …" lines, which the parent uses to say how
 * far a timed-out run got) and one result line on stdout: `RESULT {json}`.
 */
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';
import { buildTimeline, ARTICLE_EXTENSIONS } from '../../src/pipeline/index.ts';
import type { ArticleFile } from '../../src/pipeline/types.ts';
import { readSeedsFolder } from '../lib/readSeedsFolder.ts';
import { serializeTimeline } from '../lib/serializeTimeline.ts';
import { buildSeedPool, generateCorpus, readSeedTexts } from './generateCorpus.ts';

export interface RunResult {
  articles: number;
  corpusBytes: number;
  /** Generating or reading the corpus, not part of the measured wall time. */
  prepareMs: number;
  /** buildTimeline plus JSON serialization. */
  wallMs: number;
  /** Inside buildTimeline, from its progress callbacks: reading/cleaning the articles… */
  ingestMs: number;
  /** …temporal tagging, mentions, clustering and event building… */
  eventsMs: number;
  /** …and the rest of buildTimeline (source notes, assembling the result). */
  finishMs: number;
  serializeMs: number;
  /** process.resourceUsage().maxRSS right after the pipeline, in bytes. */
  peakRssBytes: number;
  /** RSS before the pipeline started (runtime, modules and the corpus in memory). */
  startRssBytes: number;
  chronoMs: number;
  chronoResults: number;
  mentions: number | null;
  events: number;
  jsonBytes: number;
}

const CONFIG_FILES = /^(sources\.ya?ml|editorial\.md)$/;
const isArticle = (f: ArticleFile): boolean => ARTICLE_EXTENSIONS.test(f.path) && !CONFIG_FILES.test(f.path);

const stage = (message: string): void => {
  process.stderr.write(`stage: ${message}\n`);
};

function loadCorpus(values: { size?: string; seed?: string; seeds?: string; dir?: string }): ArticleFile[] {
  const size = values.size === undefined ? undefined : Number(values.size);
  if (values.dir) {
    const files = readSeedsFolder(values.dir);
    if (size === undefined) return files;
    // The first N articles (in path order), and the folder's config files.
    let kept = 0;
    return files.filter((f) => !isArticle(f) || kept++ < size);
  }
  if (size === undefined || !Number.isInteger(size) || size < 1) throw new Error('--size must be a positive whole number');
  const pool = buildSeedPool(readSeedTexts(values.seeds ?? 'seeds'));
  return generateCorpus(pool, { count: size, seed: Number(values.seed ?? 1) }).map(({ path, bytes }) => ({ path, bytes }));
}

/** The publication date of a dateline (" date YYYY-MM-DD …") near the top, as chrono's reference date. */
function referenceDate(text: string): Date {
  const m = /(?:^|\n)\s*date (\d{4})-(\d{2})-(\d{2})/.exec(text.slice(0, 400));
  return m ? new Date(+m[1]!, +m[2]! - 1, +m[3]!, 12) : new Date(2024, 0, 1, 12);
}

function main(): void {
  const { values } = parseArgs({
    options: { size: { type: 'string' }, seed: { type: 'string' }, seeds: { type: 'string' }, dir: { type: 'string' } },
  });
  const t0 = performance.now();
  const files = loadCorpus(values);
  const prepareMs = performance.now() - t0;
  const articleFiles = files.filter((f) => isArticle(f) && !f.error && f.size === undefined);
  const corpusBytes = articleFiles.reduce((n, f) => n + f.bytes.length, 0);
  stage(`corpus ready: ${articleFiles.length} articles, ${(corpusBytes / 1e6).toFixed(1)} MB in ${(prepareMs / 1000).toFixed(2)} s`);
  const startRssBytes = process.memoryUsage().rss;

  let ingestAt = NaN;
  let eventsAt = NaN;
  let mentions: number | null = null;
  const start = performance.now();
  const timeline = buildTimeline(files, {
    onProgress(message) {
      const now = performance.now();
      if (/^read \d+/.test(message)) ingestAt = now;
      const m = /^(\d+) dated mentions/.exec(message);
      if (m) {
        eventsAt = now;
        mentions = Number(m[1]);
      }
      stage(`${message} (${((now - start) / 1000).toFixed(2)} s)`);
    },
  });
  const built = performance.now();
  const json = serializeTimeline(timeline);
  const end = performance.now();
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  stage(`timeline built and serialized in ${((end - start) / 1000).toFixed(2)} s`);

  // The comparison: plain chrono-node over the same article texts.
  const decoder = new TextDecoder();
  const texts = articleFiles.map((f) => decoder.decode(f.bytes));
  const refs = texts.map(referenceDate);
  let chronoResults = 0;
  const c0 = performance.now();
  for (let i = 0; i < texts.length; i++) chronoResults += chrono.parse(texts[i]!, refs[i]).length;
  const chronoMs = performance.now() - c0;
  stage(`chrono-node done in ${(chronoMs / 1000).toFixed(2)} s`);

  const result: RunResult = {
    articles: articleFiles.length,
    corpusBytes,
    prepareMs,
    wallMs: end - start,
    ingestMs: ingestAt - start,
    eventsMs: eventsAt - ingestAt,
    finishMs: built - eventsAt,
    serializeMs: end - built,
    peakRssBytes,
    startRssBytes,
    chronoMs,
    chronoResults,
    mentions,
    events: timeline.events.length,
    jsonBytes: Buffer.byteLength(json),
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main();
