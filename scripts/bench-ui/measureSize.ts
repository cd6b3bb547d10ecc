import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { serveDir } from '../../tests/e2e/serve.ts';
import { measureFrames } from './measureFrames.ts';
import { CPU_SLOWDOWN, measureLcp } from './measureLcp.ts';
import { pageWeight } from './pageWeight.ts';
import { percentile } from './percentile.ts';
import { buildSyntheticSite } from './buildSyntheticSite.ts';
import type { UiRow } from './uiRow.ts';

export interface SizeOptions {
  seed: number;
  /** Loads whose LCP median is taken. */
  lcpRuns: number;
  /** Keep the built site (and say where) instead of deleting it. */
  keep: boolean;
  log: (line: string) => void;
}

const message = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/**
 * One row of the benchmark: a synthetic timeline of `events` events, built
 * into a temporary site, weighed, served on 127.0.0.1 and measured in the
 * browser. A step that fails is a problem in the row; the others still run.
 */
export async function measureSize(browser: Browser, events: number, options: SizeOptions): Promise<UiRow> {
  const { log } = options;
  const site = buildSyntheticSite(events, options.seed, log, `${events} events`);
  const row: UiRow = { ...site.facts, offHostRequests: [], problems: [] };
  const pageErrors: string[] = [];
  const report = { offHost: row.offHostRequests, pageErrors };
  if ('error' in site.built) {
    row.problems.push(site.built.error);
    return row;
  }
  const { dir, dist } = site.built;
  try {
    const { html, js, css, total, missing } = pageWeight(dist);
    row.weight = { html, js, css, total };
    row.problems.push(...missing.map((ref) => `the index references ${ref}, which is not a file of the site`));
    const server = await serveDir(dist);
    const url = `${server.origin}/`;
    try {
      const runs: number[] = [];
      for (let run = 1; run <= options.lcpRuns; run++) {
        try {
          runs.push(await measureLcp(browser, url, report));
          log(`${events} events: LCP load ${run}/${options.lcpRuns}: ${Math.round(runs.at(-1)!)} ms`);
        } catch (error) {
          row.problems.push(`LCP load ${run}: ${message(error)}`);
        }
      }
      if (runs.length > 0) {
        row.lcpRunsMs = runs;
        row.lcpMs = percentile(runs, 50);
      }
      for (const slowdown of [1, CPU_SLOWDOWN]) {
        try {
          const frames = await measureFrames(browser, url, slowdown, report);
          if (slowdown === 1) row.frames = frames;
          else row.throttledFrames = frames;
          log(`${events} events: frames at ${slowdown}× CPU: p50 ${frames.p50.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms (${frames.frames} frames in ${frames.seconds.toFixed(1)} s)`);
        } catch (error) {
          row.problems.push(`frames at ${slowdown}× CPU: ${message(error)}`);
        }
      }
    } finally {
      await server.close();
    }
  } finally {
    if (options.keep) log(`${events} events: site kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  row.problems.push(...[...new Set(pageErrors)].map((e) => `page error: ${e}`));
  return row;
}
