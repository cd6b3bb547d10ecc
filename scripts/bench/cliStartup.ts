/**
 * CLI start-up, measured: the wall time of whole commands as a tool or a
 * person runs them, compiled (the esbuild bundle) against the TypeScript
 * sources through tsx, for `tag` on one article (start-up dominates) and for
 * a build of the seed story (start-up plus the pipeline). Each command runs
 * once to warm the disk cache and tsx's transform cache, then `runs` times;
 * the median is reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CLI_ENTRY, ensureCli, ROOT } from '../build-cli.mjs';
import { percentile } from '../bench-ui/percentile.ts';

export interface StartupRow {
  what: string;
  how: string;
  command: string;
  medianMs: number;
  minMs: number;
  runs: number;
  problem?: string;
}

const SOURCE = join(ROOT, 'scripts', 'build-timeline.ts');

/** One command to time. */
interface Plan {
  what: string;
  how: string;
  command: string;
  bin: string;
  args: string[];
}

/** Wall milliseconds of each of `runs` runs of a command (after one unmeasured warm-up), or why it failed. */
function timeRuns(command: string, args: string[], runs: number): { times: number[]; problem?: string } {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } });
    const ms = performance.now() - started;
    if (result.status !== 0) return { times, problem: `exit ${result.status ?? result.signal}: ${(result.stderr ?? '').trim().split('\n').slice(-2).join(' / ')}` };
    if (i > 0) times.push(ms);
  }
  return { times };
}

/** The rows of the start-up table: `tag` and a seed build, compiled, through npm, and from source. */
export async function measureCliStartup(seeds: string, runs: number, log: (line: string) => void): Promise<StartupRow[]> {
  await ensureCli();
  const article = readdirSync(seeds).filter((name) => /\.(txt|md|html?)$/.test(name) && name !== 'editorial.md').sort()[0];
  if (!article) throw new Error(`no article in ${seeds} to tag`);
  const file = join(seeds, article);
  const out = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  const tag = ['tag', '--published', '2024-01-01', file];
  const build = ['--seeds', seeds, '--out', join(out, 'timeline.json')];
  const node = process.execPath;
  const plans: Plan[] = [
    { what: 'tag one article', how: 'compiled', bin: node, args: [CLI_ENTRY, ...tag], command: `node ${relative(ROOT, CLI_ENTRY)} tag …` },
    { what: 'tag one article', how: 'npm run (compiled)', bin: 'npm', args: ['run', '--silent', 'timeline', '--', ...tag], command: 'npm run --silent timeline -- tag …' },
    { what: 'tag one article', how: 'tsx (sources)', bin: node, args: ['--import', 'tsx', SOURCE, ...tag], command: 'node --import tsx scripts/build-timeline.ts tag …' },
    { what: 'build the seed story', how: 'compiled', bin: node, args: [CLI_ENTRY, ...build], command: `node ${relative(ROOT, CLI_ENTRY)} --seeds …` },
    { what: 'build the seed story', how: 'tsx (sources)', bin: node, args: ['--import', 'tsx', SOURCE, ...build], command: 'node --import tsx scripts/build-timeline.ts --seeds …' },
  ];
  const rows: StartupRow[] = [];
  try {
    for (const plan of plans) {
      log(`cli: ${plan.what}, ${plan.how} (${runs} runs)`);
      const { times, problem } = timeRuns(plan.bin, plan.args, runs);
      rows.push({
        what: plan.what,
        how: plan.how,
        command: plan.command,
        medianMs: times.length ? percentile(times, 50) : NaN,
        minMs: times.length ? Math.min(...times) : NaN,
        runs: times.length,
        ...(problem ? { problem } : {}),
      });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}
