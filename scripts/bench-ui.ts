/**
 * UI benchmark: the built site at growing sizes, in Debian's Chromium.
 *
 *   npm run bench:ui
 *   npm run bench:ui -- --sizes 16,1000 [--json] [--seed 1] [--runs 3] [--keep]
 *
 * For each size, a synthetic timeline (scripts/bench-ui/syntheticTimeline.ts)
 * is built into a temporary site (`NEWSLINE_TIMELINE=… astro build`), served
 * on 127.0.0.1 and measured: gzipped bytes of the index (HTML, and the JS
 * and CSS it loads), Largest Contentful Paint on a 390×844 phone with 4× CPU
 * throttling (median of --runs cold loads), and requestAnimationFrame
 * deltas while zooming and panning the overview (1280×900, unthrottled and
 * 4× throttled), with the build's time and the dist folder's size. Prints a
 * Markdown table and a verdict on the goals at 10,000 events (or
 * JSON with --json); progress goes to stderr. Every request off 127.0.0.1 is
 * blocked and fails the run (exit code 1), as does any step that fails.
 */
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../tests/e2e/serve.ts';
import { benchUiOptions, USAGE } from './bench-ui/benchUiOptions.ts';
import { verdict } from './bench-ui/goals.ts';
import { measureSize } from './bench-ui/measureSize.ts';
import { uiTable } from './bench-ui/uiTable.ts';
import type { UiRow } from './bench-ui/uiRow.ts';

const options = benchUiOptions(process.argv.slice(2));
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const log = (line: string): void => {
  process.stderr.write(`bench:ui ${line}\n`);
};

const browser = await chromium.launch(CHROMIUM);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}, Chromium ${browser.version()}`;
const rows: UiRow[] = [];
try {
  for (const events of options.sizes) rows.push(await measureSize(browser, events, { seed: options.seed, lcpRuns: options.lcpRuns, keep: options.keep, log }));
} finally {
  await browser.close();
}

const result = verdict(rows);
if (options.json) {
  process.stdout.write(`${JSON.stringify({ machine, seed: options.seed, rows, verdict: result }, null, 2)}\n`);
} else {
  process.stdout.write(`${uiTable(rows)}\n\n${result.text}\n\n${machine}; seed ${options.seed}; LCP with the CPU throttled, not the network.\n`);
}
process.exitCode = rows.some((r) => r.offHostRequests.length > 0 || r.problems.length > 0) ? 1 : 0;
