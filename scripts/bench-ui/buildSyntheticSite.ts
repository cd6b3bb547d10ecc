/**
 * The step both benchmarks (`bench:ui`, `bench`'s site rows) start with: a
 * synthetic timeline of `events` events built into a temporary site, timed.
 */
import type { Timeline } from '../../src/pipeline/schema.ts';
import { buildFixtureSite } from '../../tests/e2e/buildFixtureSite.ts';
import { buildFailure } from './buildFailure.ts';
import { syntheticTimeline } from './syntheticTimeline.ts';

export interface SyntheticSite {
  timeline: Timeline;
  keyEvents: number;
  sources: number;
  /** The temporary folder (dist/ and timeline.json), or the reason the build failed. */
  built: { dir: string; buildSeconds: number } | { error: string };
}

export function buildSyntheticSite(events: number, seed: number, log: (line: string) => void, label: string): SyntheticSite {
  log(`${label}: generating the timeline`);
  const timeline = syntheticTimeline({ events, seed });
  const keyEvents = timeline.events.filter((e) => e.tier === 'key').length;
  const sources = timeline.sources.length;
  log(`${label}: building the site (${keyEvents} key events, ${sources} articles)`);
  const started = performance.now();
  try {
    const dir = buildFixtureSite(timeline);
    const buildSeconds = (performance.now() - started) / 1000;
    log(`${label}: built in ${buildSeconds.toFixed(1)} s`);
    return { timeline, keyEvents, sources, built: { dir, buildSeconds } };
  } catch (error) {
    return { timeline, keyEvents, sources, built: { error: `build failed: ${error instanceof Error ? buildFailure(error.message) : String(error)}` } };
  }
}
