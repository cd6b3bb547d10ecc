/**
 * Builds the site from any timeline into a temporary folder, the way a
 * newsroom would build it from its own `timeline.json`:
 * `NEWSLINE_TIMELINE=file astro build --outDir dir`. Shared by the e2e
 * tests, the page-weight budgets and `npm run bench:ui`.
 *
 * Astro renders pages from server chunks it writes inside the output folder
 * when that folder is under the working directory, and otherwise into the
 * project's own `.astro/.prerender/`: one folder for every build into /tmp,
 * so two at once (test files run in parallel, another person's build)
 * overwrite each other's chunks and fail with ERR_MODULE_NOT_FOUND. So the
 * build runs from the temporary folder (`--root` names the project), with a
 * link to the project's node_modules for the chunks' imports.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Timeline } from '../../src/pipeline/schema';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface FixtureSiteOptions {
  /** More environment for the build, e.g. `{ BASE_PATH: '/news/timeline', SITE_URL: 'https://example.org' }`. */
  env?: Record<string, string>;
}

/** Builds the site from `timeline` into a temporary folder; returns the folder (holding dist/ and timeline.json). */
export function buildFixtureSite(timeline: Timeline, options: FixtureSiteOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-e2e-'));
  const file = join(dir, 'timeline.json');
  writeFileSync(file, `${JSON.stringify(timeline, null, 2)}\n`);
  symlinkSync(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--root', ROOT, '--outDir', join(dir, 'dist')], {
    cwd: dir,
    env: { ...buildEnv(process.env), ...options.env, NEWSLINE_TIMELINE: file, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    // A 10,000-event build logs a line per page; the default 1 MB buffer would cut it off.
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    // A failed build leaves nothing worth keeping; a 10,000-event attempt would leave megabytes in /tmp.
    // (rmSync removes the node_modules link, never what it points to.)
    rmSync(dir, { recursive: true, force: true });
    throw result.error ?? new Error(`astro build of the fixture site failed:\n${result.stdout}\n${result.stderr}`);
  }
  return dir;
}

/**
 * Vite's import.meta.env names, which vitest also puts in process.env
 * (BASE_URL=/, MODE=test…): passed on to the build, BASE_URL would win over
 * the site's BASE_PATH in import.meta.env and every link would lose its base.
 */
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !VITE_ENV.includes(name)));
}
