/**
 * Property: any bytes, under any file name the seeds folder may hold, beside
 * a good article: the pipeline returns within its bound, the contract
 * holds, and the good article keeps every event it gives on its own.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { arbitraryBytes, toArticleFile } from './arbitraries.ts';
import { announceSeed, expectBuilt, expectGoodEventsKept, GoodBaseline, parameters, TEST_TIMEOUT_MS, warmRunner } from './fuzzHarness.ts';
import { GOOD_ARTICLES } from './goodArticles.ts';
import type { PipelineRunner } from './pipelineRunner.ts';

/** Small files: a few tens of milliseconds each; ten seconds is a hang, not a slow run. */
const BOUND_MS = 10_000;

let runner: PipelineRunner;
let baseline: GoodBaseline;
beforeAll(async () => {
  announceSeed('bytes');
  runner = await warmRunner();
  baseline = new GoodBaseline(runner);
}, 120_000);
afterAll(() => runner.close());

describe('fuzz: arbitrary bytes', () => {
  it(
    'in a .txt, .md, .html or unknown file, never throw, hang or break the contract, and the good article keeps its events',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...GOOD_ARTICLES), arbitraryBytes, async (good, bad) => {
          const alone = await baseline.of(good);
          const beside = expectBuilt(await runner.run([good, toArticleFile(bad)], BOUND_MS));
          expectGoodEventsKept(alone, beside, good.path);
        }),
        parameters(150),
      );
    },
    TEST_TIMEOUT_MS,
  );
});
