/**
 * Scale benchmark: the whole pipeline on corpora of growing size, against plain chrono-node.
 *
 *   npm run bench
 *   npm run bench -- --sizes 10,100,1000 [--dir CORPUS_DIR] [--seed 1] [--timeout 600] [--seeds seeds] [--profile]
 *
 * Without --dir, each corpus is generated (deterministically) from the sentences of
 * the seed articles: see scripts/bench/generateCorpus.ts. With --dir, that folder is
 * read instead (all of it, or its first N articles for each of --sizes).
 *
 * Each size runs in a fresh child process (scripts/bench/runOne.ts), so that its peak
 * RSS is its own; a size that takes longer than --timeout seconds is stopped and
 * reported as timed out, with the last pipeline stage it reached. With --profile, each
 * child runs under `node --cpu-prof` and the functions of src/pipeline that the time
 * is spent under are listed (profiling slows the run down: use it to find the slow
 * stage, not for the table).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { RunResult } from './bench/runOne.ts';
import { summarizeProfile } from './bench/profile.ts';
import { resultsTable, seconds, stagesTable, type Row } from './bench/table.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runOne = join(root, 'scripts', 'bench', 'runOne.ts');

const usage = `Usage: npm run bench -- [--sizes 10,100,1000,10000] [--dir CORPUS_DIR] [--seed N] [--timeout SECONDS] [--seeds DIR] [--profile]`;

interface Options {
  sizes: number[] | undefined;
  dir?: string;
  seed: number;
  seeds: string;
  timeoutMs: number;
  profile: boolean;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
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
  const sizes = values.sizes?.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
  if (sizes && (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1))) throw new Error('--sizes must be positive whole numbers, comma-separated');
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new Error('--timeout must be a positive number of seconds');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  return {
    sizes: sizes ?? (values.dir ? undefined : [10, 100, 1000, 10000]),
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

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
  process.stderr.write(`bench: ${machine}\n`);
  const rows: (Row & { profileDir?: string })[] = [];
  for (const size of opts.sizes ?? [undefined]) rows.push(await measure(size, opts));

  const corpus = opts.dir ? `the articles of ${opts.dir}` : `generated corpora (seed ${opts.seed}, sentences of ${opts.seeds})`;
  const out = [
    '',
    `Machine: ${machine}`,
    `Corpus: ${corpus}`,
    '',
    resultsTable(rows),
    '',
    'wall: buildTimeline on the in-memory files plus JSON serialization, one cold run per size in a fresh process;',
    'peak RSS: that process\'s maxRSS (runtime, corpus and pipeline); chrono-node: chrono.parse(text, publication date) over the same texts;',
    'growth: (time ratio) / (size ratio) against the previous row — 1.00 is linear.',
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
  process.stdout.write(out.join('\n'));
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.message}\n${usage}\n`);
  process.exit(64);
});
