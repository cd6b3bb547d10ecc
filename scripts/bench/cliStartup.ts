/**
 * CLI start-up, measured: the wall time of whole commands as a tool or a
 * person runs them, compiled (the esbuild bundle) against the TypeScript
 * sources through tsx, for `tag` on one article (start-up dominates) and for
 * a build of the seed story (start-up plus the pipeline). Each command runs
 * once to warm the disk cache and tsx's transform cache, then `runs` times;
 * the median is reported. tsx also runs with its cache off
 * (TSX_DISABLE_CACHE=1): every TypeScript file compiled at start, as on a
 * fresh clone or CI machine, and as the CLI always started before it was
 * compiled ahead of time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  /** Median CPU time (user + system) of the command and its children: steadier than wall time on a busy machine. */
  cpuMs: number;
  runs: number;
  problem?: string;
}

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/**
 * CPU milliseconds that this process's waited-for children have used so far
 * (cutime + cstime of /proc/self/stat), or NaN off Linux: Node exposes no
 * getrusage(RUSAGE_CHILDREN).
 */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command name (which may hold spaces) in its parentheses: cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / USER_HZ;
  } catch {
    return Number.NaN;
  }
}

const SOURCE = join(ROOT, 'scripts', 'build-timeline.ts');
const NO_CACHE = { TSX_DISABLE_CACHE: '1' };

/** One command to time. */
interface Plan {
  what: string;
  how: string;
  command: string;
  bin: string;
  args: string[];
  env?: Record<string, string>;
}

/** Wall and CPU milliseconds of each of `runs` runs of a command (after one unmeasured warm-up), or why it failed. */
function timeRuns(command: string, args: string[], runs: number, env: Record<string, string> = {}): { times: number[]; cpu: number[]; problem?: string } {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0', ...env } });
    const ms = performance.now() - started;
    const cpuMs = childrenCpuMs() - cpuBefore;
    if (result.status !== 0) return { times, cpu, problem: `exit ${result.status ?? result.signal}: ${(result.stderr ?? '').trim().split('\n').slice(-2).join(' / ')}` };
    if (i > 0) {
      times.push(ms);
      cpu.push(cpuMs);
    }
  }
  return { times, cpu };
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
    { what: 'tag one article', how: 'tsx, no cache', bin: node, args: ['--import', 'tsx', SOURCE, ...tag], command: 'TSX_DISABLE_CACHE=1 node --import tsx … tag …', env: NO_CACHE },
    { what: 'build the seed story', how: 'compiled', bin: node, args: [CLI_ENTRY, ...build], command: `node ${relative(ROOT, CLI_ENTRY)} --seeds …` },
    { what: 'build the seed story', how: 'tsx (sources)', bin: node, args: ['--import', 'tsx', SOURCE, ...build], command: 'node --import tsx scripts/build-timeline.ts --seeds …' },
    { what: 'build the seed story', how: 'tsx, no cache', bin: node, args: ['--import', 'tsx', SOURCE, ...build], command: 'TSX_DISABLE_CACHE=1 node --import tsx … --seeds …', env: NO_CACHE },
  ];
  const rows: StartupRow[] = [];
  try {
    for (const plan of plans) {
      log(`cli: ${plan.what}, ${plan.how} (${runs} runs)`);
      const { times, cpu, problem } = timeRuns(plan.bin, plan.args, runs, plan.env);
      rows.push({
        what: plan.what,
        how: plan.how,
        command: plan.command,
        medianMs: times.length ? percentile(times, 50) : NaN,
        minMs: times.length ? Math.min(...times) : NaN,
        cpuMs: percentile(cpu, 50),
        runs: times.length,
        ...(problem ? { problem } : {}),
      });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}
