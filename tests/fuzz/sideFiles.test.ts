/**
 * Property: a fuzzed sources.yaml or editorial.md (random text in any
 * encoding and line ends, or the right shapes with fuzzed values) never
 * throws, hangs or breaks the contract, and the good article keeps its
 * events: a broken side file costs its own edits, nothing else.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { arbitrarySideFile, toArticleFile } from './arbitraries.ts';
import { announceSeed, expectBuilt, expectGoodEventsKept, GoodBaseline, parameters, TEST_TIMEOUT_MS, warmRunner } from './fuzzHarness.ts';
import { GOOD_ARTICLES } from './goodArticles.ts';
import type { PipelineRunner } from './pipelineRunner.ts';

const BOUND_MS = 10_000;

let runner: PipelineRunner;
let baseline: GoodBaseline;
beforeAll(async () => {
  announceSeed('side files');
  runner = await warmRunner();
  baseline = new GoodBaseline(runner);
}, 120_000);
afterAll(() => runner.close());

describe('fuzz: sources.yaml and editorial.md', () => {
  it(
    'never throw, hang or break the contract, and the good article keeps its events',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...GOOD_ARTICLES), arbitrarySideFile, async (good, side) => {
          const alone = await baseline.of(good);
          const beside = expectBuilt(await runner.run([good, toArticleFile(side)], BOUND_MS));
          expectGoodEventsKept(alone, beside, good.path);
        }),
        parameters(150),
      );
    },
    TEST_TIMEOUT_MS,
  );
});
