/**
 * One story of the story benchmark, in its own process so that the peak
 * memory is this story's alone. Started by scripts/bench-stories.ts:
 *
 *   node --import tsx scripts/bench-stories/runStory.ts --story DIR [--baseline-sentences N]
 *
 * Runs our pipeline (timed, then the process's peak RSS is read), then the
 * baseline, scores both against DIR/timeline.json, and prints one line on
 * stdout: `RESULT {json}` (a StoryResult).
 */
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { readSeedsFolder } from '../lib/readSeedsFolder.ts';
import { baselineTimeline, BASELINE_SENTENCES } from './baselineTimeline.ts';
import { rankedDays } from './rankedDays.ts';
import type { RankedDay } from './rankedDay.ts';
import { readGoldTimeline } from './readGoldTimeline.ts';
import { scoreStory, type StoryScores } from './scoreStory.ts';

export interface StoryResult {
  story: string;
  articles: number;
  goldDays: number;
  ours: StoryScores;
  baseline: StoryScores;
  /** buildTimeline alone, on files already in memory. */
  oursMs: number;
  baselineMs: number;
  /** process.resourceUsage().maxRSS right after our pipeline, in bytes (runtime, files and pipeline). */
  peakRssBytes: number;
  events: number;
  keyEvents: number;
  /** Each system's top l days, and the gold's days with their texts, for --days and --json. */
  oursDays: RankedDay[];
  baselineDays: RankedDay[];
  goldTexts: [string, string][];
  /** The days some article was published on: where undated sentences land. */
  publicationDays: string[];
}

function main(): void {
  const { values } = parseArgs({ options: { story: { type: 'string' }, 'baseline-sentences': { type: 'string' } } });
  if (!values.story) throw new Error('--story DIR is required');
  const k = Number(values['baseline-sentences'] ?? BASELINE_SENTENCES);
  const gold = readGoldTimeline(join(values.story, 'timeline.json'));
  const files = readSeedsFolder(join(values.story, 'articles'));

  const t0 = performance.now();
  const timeline = buildTimeline(files);
  const oursMs = performance.now() - t0;
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const ours = rankedDays(timeline);

  const t1 = performance.now();
  const baseline = baselineTimeline(files, k);
  const baselineMs = performance.now() - t1;

  const l = gold.days.size;
  const result: StoryResult = {
    story: basename(values.story),
    articles: timeline.sources.length,
    goldDays: l,
    ours: scoreStory(ours, gold),
    baseline: scoreStory(baseline, gold),
    oursMs,
    baselineMs,
    peakRssBytes,
    events: timeline.events.length,
    keyEvents: timeline.events.filter((e) => e.tier === 'key').length,
    oursDays: ours.slice(0, l),
    baselineDays: baseline.slice(0, l),
    goldTexts: [...gold.days],
    publicationDays: [...new Set(timeline.sources.flatMap((s) => (s.published ? [s.published.date.slice(0, 10)] : [])))].sort(),
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
}

main();
