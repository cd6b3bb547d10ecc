/**
 * The site as it will ship, built from the review's timeline into a
 * temporary folder for `/preview/`: `NEWSLINE_TIMELINE=<file> astro build
 * --outDir <dir>` with `BASE_PATH=/preview/`, so its links work under the
 * review server. As in tests/e2e/buildFixtureSite.ts, the build runs from
 * the temporary folder (`--root` names the project, node_modules is linked)
 * so Astro's prerender chunks go there and not into the project's
 * `.astro/`, where another build at the same time would overwrite them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Timeline } from '../../src/pipeline/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The path the review server mounts the preview at. */
export const PREVIEW_BASE = '/preview/';
/** How much of a failed build's output the page shows: the end holds the error. */
const SHOWN_OUTPUT_CHARS = 4000;

/** Builds the site from `timeline`; resolves to the built folder (the temp folder is `dirname` of it). */
export function buildPreviewSite(timeline: Timeline): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-preview-'));
  const file = join(dir, 'timeline.json');
  writeFileSync(file, `${JSON.stringify(timeline, null, 2)}\n`);
  symlinkSync(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const out = join(dir, 'dist');
  const env: NodeJS.ProcessEnv = { ...withoutViteNames(process.env), NEWSLINE_TIMELINE: file, BASE_PATH: PREVIEW_BASE, ASTRO_TELEMETRY_DISABLED: '1' };
  // Absolute URLs would point at the real site, not at this preview.
  delete env.SITE_URL;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--root', ROOT, '--outDir', out], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-SHOWN_OUTPUT_CHARS);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(out);
      else {
        rmSync(dir, { recursive: true, force: true });
        fail(new Error(`astro build failed (exit code ${code}):\n${output}`));
      }
    });
  });
}

/**
 * Vite's import.meta.env names, which a test runner may have put in the
 * environment: BASE_URL would win over BASE_PATH and every link would lose
 * its base (as tests/e2e/buildFixtureSite.ts found).
 */
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

function withoutViteNames(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !VITE_ENV.includes(name)));
}

/** The Content-Security-Policy the built site's `_headers` gives its pages, to send with the preview as a host would. */
export function previewPolicy(headersFile: string): string | undefined {
  return /^\s*Content-Security-Policy:\s*(.+)$/m.exec(headersFile)?.[1]?.trim();
}
