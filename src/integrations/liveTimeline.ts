/**
 * `npm run dev` with a live timeline: while `astro dev` runs, a change to
 * any article, `sources.yaml` or `editorial.md` in the seeds folder re-runs
 * the pipeline and rewrites `src/data/timeline.json`, which the pages import
 * through Vite, so the open page reloads. Only `astro:server:setup` does
 * anything: `astro build` never watches. The pipeline runs as `npm run
 * timeline` in a child process (config-time code cannot import it lazily:
 * Vite's config loader is closed by then, and a static import would slow
 * every build).
 *
 * The seeds folder is `seeds/` of the project, or NEWSLINE_SEEDS. With
 * NEWSLINE_TIMELINE set, the site reads another file and nothing is written.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Quiet time before a rebuild: one editor save is several file events, and one rebuild should follow them. */
const QUIET_MS = 200;

export function liveTimeline(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'newsline-live-timeline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': async ({ server, logger }) => {
        if (process.env.NEWSLINE_TIMELINE) {
          logger.info('NEWSLINE_TIMELINE is set: the site reads that file, so seeds/ is not watched');
          return;
        }
        const seeds = resolve(root, process.env.NEWSLINE_SEEDS ?? 'seeds');
        const cli = join(root, 'scripts/cli/timeline.mjs');
        let running: ChildProcess | undefined;
        let again = false;
        // The CLI in its own process (compiled, so it starts in a tenth of a second): the dev server stays
        // responsive during a build, and the file is written as `npm run timeline` writes it (atomically).
        const rebuild = (changed: string): void => {
          if (running) {
            again = true;
            return;
          }
          const started = performance.now();
          let output = '';
          running = spawn(process.execPath, [cli, '--seeds', seeds, '--out', join(root, 'src/data/timeline.json')], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
          running.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
          running.on('close', (code) => {
            running = undefined;
            const ms = Math.round(performance.now() - started);
            if (code === 0) logger.info(`${changed} changed: timeline rebuilt in ${ms} ms`);
            else logger.error(`${changed} changed, but the timeline could not be rebuilt (exit code ${code}):\n${output.trim()}`);
            if (again) {
              again = false;
              rebuild('more files');
            }
          });
        };
        let timer: ReturnType<typeof setTimeout> | undefined;
        let watcher;
        try {
          watcher = watch(seeds, { recursive: true }, (_event, name) => {
            const path = typeof name === 'string' ? name : '';
            // Dot-files are not read by the pipeline; writeFileAtomic's temp files are dot-files.
            if (path.split(/[\\/]/).some((part) => part.startsWith('.'))) return;
            clearTimeout(timer);
            timer = setTimeout(() => rebuild(path || 'a file'), QUIET_MS);
          });
        } catch (error) {
          logger.warn(`cannot watch ${seeds}: ${(error as Error).message}`);
          return;
        }
        watcher.on('error', () => {});
        logger.info(`watching ${seeds}: a change rebuilds the timeline`);
        server.httpServer?.once('close', () => {
          clearTimeout(timer);
          watcher.close();
        });
      },
    },
  };
}
