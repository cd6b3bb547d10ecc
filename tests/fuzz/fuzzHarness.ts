/**
 * What every fuzz property shares: one fixed seed (printed, and overridable
 * with FUZZ_SEED, so a failure reproduces), a run count that FUZZ_RUNS
 * scales, the pipeline in a bounded worker, and the check that a good
 * article beside a hostile file keeps every event it has on its own.
 */
import fc from 'fast-check';
import type { ArticleFile } from '../../src/pipeline/types.ts';
import { PipelineRunner, type FuzzReply } from './pipelineRunner.ts';

export const SEED = Number(process.env.FUZZ_SEED ?? 20_240_625);
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
/** Upper bound on one property's fast-check run (generation, runs and shrinking), under vitest's timeout. */
export const PROPERTY_LIMIT_MS = 90_000;
/** A vitest timeout that leaves the property room to shrink and report. */
export const TEST_TIMEOUT_MS = PROPERTY_LIMIT_MS + 30_000;

let printed = false;
/** Says once per test file which seed runs, so a failure in CI can be replayed locally. */
export function announceSeed(file: string): void {
  if (printed) return;
  printed = true;
  console.info(`fuzz (${file}): seed ${SEED}, runs ×${SCALE} — replay with FUZZ_SEED=${SEED}; fast-check prints the path of a failure`);
}

export const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

/** fast-check parameters for a property: fixed seed, capped time, a failure still reported with its counterexample. */
export function parameters(numRuns: number): fc.Parameters<unknown> {
  return { seed: SEED, numRuns: runs(numRuns), plugins: [fc.interruptAfterTimeLimit(PROPERTY_LIMIT_MS)] };
}

/** A reply that is a success, or an Error saying what went wrong (a throw, a broken contract, a hang). */
export function expectBuilt(reply: FuzzReply): Extract<FuzzReply, { ok: true }> {
  if (!reply.ok) throw new Error(`${reply.stage}: ${reply.error.split('\n').slice(0, 6).join('\n')}`);
  return reply;
}

/** The events of `good` built alone, computed once per article. */
export class GoodBaseline {
  private readonly cache = new Map<string, Extract<FuzzReply, { ok: true }>>();
  constructor(private readonly runner: PipelineRunner) {}

  async of(good: ArticleFile): Promise<Extract<FuzzReply, { ok: true }>> {
    let alone = this.cache.get(good.path);
    if (!alone) {
      alone = expectBuilt(await this.runner.run([good], 60_000));
      if (alone.events.length === 0) throw new Error(`the good article ${good.path} gives no event on its own: fix the fixture`);
      this.cache.set(good.path, alone);
    }
    return alone;
  }
}

/** Throws unless every event of the good article alone is in `beside`, still citing the good article. */
export function expectGoodEventsKept(alone: Extract<FuzzReply, { ok: true }>, beside: Extract<FuzzReply, { ok: true }>, goodPath: string): void {
  const lost = alone.events.filter((event) => !beside.events.some((e) => e.id === event.id && e.files.includes(goodPath)));
  if (lost.length > 0) {
    throw new Error(
      `the good article lost ${lost.length} of its ${alone.events.length} events: ${lost.map((e) => e.id).join(', ')}\n` +
        `events beside the bad file: ${beside.events.map((e) => e.id).join(', ') || 'none'}\n` +
        `diagnostics: ${beside.diagnostics.join(' | ') || 'none'}`,
    );
  }
}

/** A runner whose worker has loaded the pipeline already (the first run warms it up). */
export async function warmRunner(): Promise<PipelineRunner> {
  const runner = new PipelineRunner();
  expectBuilt(await runner.run([], 120_000));
  return runner;
}
