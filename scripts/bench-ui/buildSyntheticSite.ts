/**
 * The step both benchmarks (`bench:ui`, `bench`'s site rows) start with: a
 * synthetic timeline of `events` events built into a temporary site, timed.
 */
import { join } from 'node:path';
import type { Timeline } from '../../src/pipeline/schema.ts';
import { buildFixtureSite } from '../../tests/e2e/buildFixtureSite.ts';
import { buildFailure } from './buildFailure.ts';
import { dirSize } from './dirSize.ts';
import { syntheticTimeline } from './syntheticTimeline.ts';

/** What both benchmarks' rows say of a synthetic site: its size in events and articles, its build time and its dist/. */
export interface SiteFacts {
  events: number;
  keyEvents?: number;
  sources?: number;
  buildSeconds?: number;
  distBytes?: number;
  distFiles?: number;
}

export interface SyntheticSite {
  timeline: Timeline;
  facts: SiteFacts;
  /** The temporary folder (dist/ and timeline.json) and its dist/, or the reason the build failed. */
  built: { dir: string; dist: string } | { error: string };
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
    const dist = join(dir, 'dist');
    const size = dirSize(dist);
    return { timeline, facts: { events, keyEvents, sources, buildSeconds, distBytes: size.bytes, distFiles: size.files }, built: { dir, dist } };
  } catch (error) {
    return { timeline, facts: { events, keyEvents, sources }, built: { error: `build failed: ${error instanceof Error ? buildFailure(error.message) : String(error)}` } };
  }
}
