/**
 * The benchmark table: everything `npm run bench` measures, on this machine.
 *
 *   npm run bench
 *   npm run bench -- --sizes 10,100 --sites 16 [--skip cli,lighthouse] [--dir CORPUS_DIR] [--seed 1]
 *                    [--timeout 600] [--seeds seeds] [--profile] [--cli-runs 5]
 *
 * 1. Pipeline throughput: the whole pipeline on corpora of growing size (--sizes,
 *    default 10, 100, 1,000, 10,000 articles), against plain chrono-node on the
 *    same text. Without --dir, each corpus is generated (deterministically) from
 *    the sentences of the seed articles: see scripts/bench/generateCorpus.ts. With
 *    --dir, that folder is read instead (all of it, or its first N articles for
 *    each of --sizes). Each size runs in a fresh child process
 *    (scripts/bench/runOne.ts), so that its peak RSS is its own; a size that takes
 *    longer than --timeout seconds is stopped and reported as timed out, with the
 *    last pipeline stage it reached. With --profile, each child runs under
 *    `node --cpu-prof` and the functions of src/pipeline that the time is spent
 *    under are listed (profiling slows the run down: use it to find the slow
 *    stage, not for the table).
 * 2. CLI start-up: `tag` and a seed build, compiled against the sources through
 *    tsx (scripts/bench/cliStartup.ts).
 * 3. The site at --sites events (default 16 and 10,000; synthetic timelines):
 *    build time, size, gzipped HTML, JS and CSS per page type, and Lighthouse on
 *    the index, an event page and the embed view (scripts/bench/siteBench.ts),
 *    in Debian's Chromium with no network.
 *
 * --skip takes a comma-separated list of pipeline, cli, site, lighthouse.
 * Progress goes to stderr, the tables to stdout.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureCliStartup, type StartupRow } from './bench/cliStartup.ts';
import { isLocalTarget, launchChrome } from './bench/lighthouse.ts';
import { summarizeProfile } from './bench/profile.ts';
import { lighthouseTable, siteProblems, siteTable, startupTable, weightTable } from './bench/reportTables.ts';
import type { RunResult } from './bench/runOne.ts';
import { measureSite, type SiteRow } from './bench/siteBench.ts';
import { resultsTable, seconds, stagesTable, type Row } from './bench/table.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runOne = join(root, 'scripts', 'bench', 'runOne.ts');

const usage = `Usage: npm run bench -- [--sizes 10,100,1000,10000] [--sites 16,10000] [--skip pipeline,cli,site,lighthouse]
                     [--dir CORPUS_DIR] [--seed N] [--timeout SECONDS] [--seeds DIR] [--profile] [--cli-runs N]`;

const SECTIONS = ['pipeline', 'cli', 'site', 'lighthouse'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  sizes: number[] | undefined;
  sites: number[];
  skip: Set<Section>;
  cliRuns: number;
  dir?: string;
  seed: number;
  seeds: string;
  timeoutMs: number;
  profile: boolean;
}

/** "10,100, 1_000" → [10, 100, 1000], or an error naming the flag. */
function wholeNumbers(text: string, flag: string): number[] {
  const numbers = text.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${flag} must be positive whole numbers, comma-separated`);
  return numbers;
}

function skipped(text: string | undefined): Set<Section> {
  const names = (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`--skip takes ${SECTIONS.join(', ')}; not ${unknown.join(', ')}`);
  return new Set(names as Section[]);
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      sites: { type: 'string', default: '16,10000' },
      skip: { type: 'string' },
      'cli-runs': { type: 'string', default: '5' },
      dir: { type: 'string' },
      seed: { type: 'string', default: '1' },
      seeds: { type: 'string', default: 'seeds' },
      timeout: { type: 'string', default: '600' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const sizes = values.sizes === undefined ? undefined : wholeNumbers(values.sizes, '--sizes');
  const [cliRuns] = wholeNumbers(values['cli-runs'], '--cli-runs');
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new Error('--timeout must be a positive number of seconds');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  return {
    sizes: sizes ?? (values.dir ? undefined : [10, 100, 1000, 10000]),
    sites: wholeNumbers(values.sites, '--sites'),
    skip: skipped(values.skip),
    cliRuns: cliRuns!,
    dir: values.dir && resolve(values.dir),
    seed,
    seeds: resolve(values.seeds!),
    timeoutMs: timeout * 1000,
    profile: values.profile!,
  };
}

/** Runs one size in a fresh Node process; never throws, never hangs past the timeout. */
function measure(size: number | undefined, opts: Options): Promise<Row & { profileDir?: string }> {
  const profileDir = opts.profile ? mkdtempSync(join(tmpdir(), 'bench-profile-')) : undefined;
  const args = [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), '--import', 'tsx', runOne, '--seed', String(opts.seed), '--seeds', opts.seeds];
  if (size !== undefined) args.push('--size', String(size));
  if (opts.dir) args.push('--dir', opts.dir);
  const label = size === undefined ? 'all' : size.toLocaleString('en-US');
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let lastStage = 'starting';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      for (const line of chunk.split('\n')) {
        const m = /^stage: (.*)$/.exec(line);
        if (m) {
          lastStage = m[1]!;
          process.stderr.write(`bench [${label}] ${m[1]}\n`);
        }
      }
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      const fallback = size ?? 0;
      if (timedOut) {
        const problem = `timed out after ${opts.timeoutMs / 1000} s (last: ${lastStage})`;
        process.stderr.write(`bench [${label}] ${problem}\n`);
        return done({ size: fallback, problem });
      }
      if (code !== 0 || !line) {
        const why = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('stage: ')).slice(-3).join(' / ');
        const problem = `failed (${signal ?? `exit ${code}`}${why ? `: ${why}` : ''})`;
        process.stderr.write(`bench [${label}] ${problem}\n`);
        return done({ size: fallback, problem: problem.slice(0, 200) });
      }
      const result = JSON.parse(line.slice('RESULT '.length)) as RunResult;
      done({ size: result.articles, result, profileDir });
    });
  });
}

/** The pipeline section: the throughput table, where the time goes, and CPU profiles when asked for. */
async function pipelineSection(opts: Options): Promise<string[]> {
  const rows: (Row & { profileDir?: string })[] = [];
  for (const size of opts.sizes ?? [undefined]) rows.push(await measure(size, opts));
  const corpus = opts.dir ? `the articles of ${opts.dir}` : `generated corpora (seed ${opts.seed}, sentences of ${opts.seeds})`;
  const out = [
    '## Pipeline throughput',
    '',
    `Corpus: ${corpus}`,
    '',
    resultsTable(rows),
    '',
    'wall: buildTimeline on the in-memory files plus JSON serialization, one cold run per size in a fresh process;',
    "MB/s: MB of article text per second of wall time; peak RSS: that process's maxRSS (runtime, corpus and pipeline);",
    'chrono-node: chrono.parse(text, publication date) over the same texts; growth: (time ratio) / (size ratio) against the previous row — 1.00 is linear.',
    '',
  ];
  if (rows.some((r) => r.result)) out.push('Where buildTimeline spends its time:', '', stagesTable(rows), '');
  for (const row of rows) {
    const file = row.profileDir && readdirSync(row.profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) continue;
    const summary = summarizeProfile(join(row.profileDir!, file));
    out.push(`CPU profile, ${row.size.toLocaleString('en-US')} articles (${seconds(summary.totalMs)} s sampled, ${join(row.profileDir!, file)}):`, '');
    out.push('| pipeline function (inclusive) | s |', '| --- | ---: |', ...summary.pipeline.map((p) => `| ${p.name} | ${seconds(p.ms)} |`), '');
    out.push('| self time in | s |', '| --- | ---: |', ...summary.owners.map((o) => `| ${o.owner} | ${seconds(o.ms)} |`), '');
  }
  return out;
}

async function cliSection(opts: Options): Promise<string[]> {
  let rows: StartupRow[];
  try {
    rows = await measureCliStartup(opts.seeds, opts.cliRuns, log);
  } catch (error) {
    return ['## CLI start-up', '', `not measured: ${(error as Error).message}`, ''];
  }
  return [
    '## CLI start-up',
    '',
    startupTable(rows),
    '',
    `Wall time of the whole command, median of ${opts.cliRuns} runs after one warm-up (which also fills tsx's transform cache), and its CPU time`,
    '(user + system, children included: steadier than wall time when the machine is busy); the ratio compares wall times.',
    '"tag" reads one seed article, a build reads the seed story and writes its timeline.json.',
    '',
  ];
}

/** The site section: builds, page weight per page type and Lighthouse, each size in turn. */
async function siteSection(opts: Options): Promise<string[]> {
  const chrome = opts.skip.has('lighthouse') ? undefined : await launchChrome();
  const rows: SiteRow[] = [];
  let offMachine: string[];
  try {
    for (const events of opts.sites) rows.push(await measureSite(events, { seed: opts.seed, chrome, log }));
  } finally {
    offMachine = ((await chrome?.close()) ?? []).filter((target) => !isLocalTarget(target));
  }
  const out = [
    '## Site build',
    '',
    siteTable(rows),
    '',
    'Synthetic timelines (scripts/bench-ui/syntheticTimeline.ts, seed ' + opts.seed + '), `NEWSLINE_TIMELINE=… astro build` into a temporary folder.',
    '',
    '## Page weight, gzipped, per page type',
    '',
    weightTable(rows),
    '',
    'Each file gzipped at level 9 on its own, as a static host sends it; JS and CSS are what the page loads (external files, their static imports, inline code).',
    '',
  ];
  if (chrome) {
    out.push('## Lighthouse', '', lighthouseTable(rows), '', `Lighthouse ${lighthouseVersion()} (default mobile settings, simulated throttling) in ${chrome.version}, headless, no network.`, '');
  }
  const problems = [...siteProblems(rows), ...offMachine.map((target) => `- the browser asked for ${target}, which is not this machine (blocked)`)];
  if (problems.length) out.push('Problems:', '', ...problems, '');
  return out;
}

function lighthouseVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
  log(machine);
  const out = ['', `Machine: ${machine}`, ''];
  if (!opts.skip.has('pipeline')) out.push(...(await pipelineSection(opts)));
  if (!opts.skip.has('cli')) out.push(...(await cliSection(opts)));
  if (!opts.skip.has('site')) out.push(...(await siteSection(opts)));
  process.stdout.write(out.join('\n'));
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.message}\n${usage}\n`);
  process.exit(64);
});
