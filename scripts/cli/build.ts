/**
 * `timeline [--seeds DIR] [--out FILE] [--max-bytes N]`: the seeds folder in,
 * the checked contract out, written so that an interrupted build never
 * leaves half a file.
 *
 * At a terminal the pipeline runs in a worker thread, so the main thread is
 * free to tick a live progress line through a long build (the pipeline is
 * synchronous: on the main thread no timer could fire until it is done).
 * Elsewhere (CI, logs, tests) it runs in-process and prints plain lines.
 * Both paths run the same function on the same input: the bytes written
 * are the same.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { parseTimeline } from '../../src/pipeline/schema.ts';
import { DEFAULT_MAX_BYTES, readSeedsFolder } from '../lib/readSeedsFolder.ts';
import { serializeTimeline } from '../lib/serializeTimeline.ts';
import { writeFileAtomic } from '../lib/writeFileAtomic.ts';
import { createProgress, type Progress } from './progress.ts';

export interface BuildFlags {
  /** Absolute path of the seeds folder. */
  seeds: string;
  /** Absolute path of the output file. */
  out: string;
  /** The --out value as the user wrote it, for the summary line. */
  outLabel: string;
  maxBytes: number;
}

/** What a build gives: the contract's bytes and the summary lines, or an exit code and why. */
export type BuildOutcome =
  | { ok: true; json: string; summary: string[] }
  | { ok: false; code: number; message: string };

/** Messages from the build worker to the main thread. */
type WorkerMessage = { kind: 'stage'; message: string } | { kind: 'outcome'; outcome: BuildOutcome };

/** Marks the worker a build starts, so the shared entry file knows what to run. */
const WORKER_ROLE = 'newsline-build';

function parseBuildFlags(argv: string[]): BuildFlags | { error: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'src/data/timeline.json' },
      'max-bytes': { type: 'string', default: String(DEFAULT_MAX_BYTES) },
    },
  });
  const maxBytes = Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) return { error: '--max-bytes must be a positive whole number of bytes' };
  return { seeds: resolve(values.seeds), out: resolve(values.out), outLabel: values.out, maxBytes };
}

/** "5 articles read, 15 events, 0 warnings → out.json (1577 ms)" and one line per diagnostic. */
function summaryLines(timeline: ReturnType<typeof parseTimeline>, outLabel: string, ms: number): string[] {
  const warnings = timeline.diagnostics.filter((d) => d.level !== 'info').length;
  return [
    `timeline: ${timeline.sources.length} articles read, ${timeline.events.length} events, ${warnings} warning${warnings === 1 ? '' : 's'} → ${outLabel} (${Math.round(ms)} ms)\n`,
    ...timeline.diagnostics.map((d) => `  ${d.level}: ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}\n`),
  ];
}

/** Reads the folder, runs the pipeline and checks the contract. Pure of output: progress goes to `onStage`. */
export function runBuild(flags: BuildFlags, onStage: (message: string) => void): BuildOutcome {
  let files;
  try {
    files = readSeedsFolder(flags.seeds, flags.maxBytes);
  } catch (error) {
    return { ok: false, code: 1, message: `cannot read the seeds folder ${flags.seeds}: ${(error as Error).message}` };
  }
  const started = performance.now();
  const timeline = buildTimeline(files, { onProgress: onStage });
  let checked;
  try {
    checked = parseTimeline(timeline);
  } catch (error) {
    return { ok: false, code: 2, message: (error as Error).message };
  }
  const json = serializeTimeline(checked);
  return { ok: true, json, summary: summaryLines(checked, flags.outLabel, performance.now() - started) };
}

/** Runs `runBuild` in a worker started from `entry` (the CLI's own entry file), relaying its stages. */
function runBuildInWorker(entry: string, flags: BuildFlags, progress: Progress): Promise<BuildOutcome> {
  return new Promise((done, fail) => {
    // The main thread's stack size (V8's default, about 1 MB), not a worker's 4 MB: input deep enough to
    // overflow the stack must fail (or pass) the same way at a terminal as in CI.
    const worker = new Worker(new URL(entry), { workerData: { role: WORKER_ROLE, flags }, resourceLimits: { stackSizeMb: 1 } });
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'stage') progress.stage(message.message);
      else done(message.outcome);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the build worker stopped (exit code ${code}) before it gave a result`)));
  });
}

/** Whether this thread is a build worker the CLI started (the entry file calls `serveBuildWorker` then). */
export function isBuildWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

/** The worker's side: one build, its stages and its outcome posted to the main thread. */
export function serveBuildWorker(): void {
  const { flags } = workerData as { flags: BuildFlags };
  const post = (message: WorkerMessage): void => parentPort!.postMessage(message);
  post({ kind: 'outcome', outcome: runBuild(flags, (message) => post({ kind: 'stage', message })) });
}

/** Writes the outcome; returns the exit code. */
function finish(outcome: BuildOutcome, flags: BuildFlags): number {
  if (!outcome.ok) {
    process.stderr.write(`timeline: ${outcome.message}\n`);
    return outcome.code;
  }
  try {
    mkdirSync(dirname(flags.out), { recursive: true });
    writeFileAtomic(flags.out, outcome.json);
  } catch (error) {
    process.stderr.write(`timeline: cannot write ${flags.out}: ${(error as Error).message}\n`);
    return 1;
  }
  for (const line of outcome.summary) process.stderr.write(line);
  return 0;
}

/**
 * The build command. `entry` is the URL of the CLI's entry file, which a
 * worker re-runs (compiled or not) to build off the main thread.
 */
export async function build(argv: string[], entry: string): Promise<number> {
  const flags = parseBuildFlags(argv);
  if ('error' in flags) {
    process.stderr.write(`timeline: ${flags.error}\n`);
    return 64;
  }
  // A dumb terminal cannot redraw a line in place.
  const live = process.stderr.isTTY === true && process.env.TERM !== 'dumb';
  const progress = createProgress({ write: (text) => process.stderr.write(text), isTTY: live });
  let outcome: BuildOutcome;
  try {
    outcome = live ? await runBuildInWorker(entry, flags, progress) : runBuild(flags, (message) => progress.stage(message));
  } finally {
    progress.done();
  }
  return finish(outcome, flags);
}
