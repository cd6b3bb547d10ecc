import { parseEditorial } from '../../src/pipeline/editorial/index.ts';
import { decodeSideFile } from '../../src/pipeline/ingest/index.ts';
import { buildStory } from '../../src/pipeline/index.ts';
import { parseTimeline, type Timeline } from '../../src/pipeline/schema.ts';
import type { ArticleFile } from '../../src/pipeline/types.ts';
import { articleTexts } from './articleTexts.ts';
import { EDITORIAL_FILE } from './requestChecks.ts';

/** Everything the review page shows, from one build. */
export interface ReviewModel {
  /** The checked contract, or null when the build broke it (then `error` says how). */
  timeline: Timeline | null;
  error?: string;
  /** Cleaned article text by source id. */
  texts: ReadonlyMap<string, string>;
  /** Ids editorial.md hides and pins, so the page can offer "Show again" and "Unpin". */
  hidden: readonly string[];
  pinned: readonly string[];
  /** How long the build took, and its number in this run (the page reloads when it changes). */
  ms: number;
  build: number;
}

/** Runs the pipeline on the folder's files as `npm run timeline` does, keeping the article texts. */
export function buildReviewModel(files: readonly ArticleFile[], build: number): ReviewModel {
  const started = performance.now();
  const { hidden, pinned } = editorialFlags(files);
  try {
    const story = buildStory(files);
    const timeline = parseTimeline(story.timeline);
    const texts = articleTexts(story.articles, timeline.sources);
    return { timeline, texts, hidden, pinned, ms: performance.now() - started, build };
  } catch (error) {
    return { timeline: null, error: (error as Error).message, texts: new Map(), hidden, pinned, ms: performance.now() - started, build };
  }
}

/** What editorial.md hides and pins (front matter lists and `hide: true` / `pin: true` sections), last word winning. */
function editorialFlags(files: readonly ArticleFile[]): { hidden: string[]; pinned: string[] } {
  const file = files.find((f) => f.path === EDITORIAL_FILE);
  const text = file ? decodeSideFile(file).text : undefined;
  if (text === undefined) return { hidden: [], pinned: [] };
  const { edits } = parseEditorial(text, EDITORIAL_FILE);
  const hide = new Map(edits.hide.map((h) => [h.value, true]));
  const pin = new Map(edits.pin.map((p) => [p.value, true]));
  for (const section of edits.sections) {
    if (section.hide) hide.set(section.id, section.hide.value);
    if (section.pin) pin.set(section.id, section.pin.value);
  }
  const on = (flags: Map<string, boolean>): string[] => [...flags].filter(([, value]) => value).map(([id]) => id);
  return { hidden: on(hide), pinned: on(pin) };
}
