/**
 * Property: Markdown and HTML nested to any depth (blockquotes, lists,
 * emphasis, links, divs, unclosed tags, tables), in an article or in
 * editorial.md, beside a good article: no stack overflow, no run past the
 * bound, the contract holds and the good article keeps its events.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { arbitraryNesting, toArticleFile } from './arbitraries.ts';
import { announceSeed, expectBuilt, expectGoodEventsKept, GoodBaseline, parameters, TEST_TIMEOUT_MS, warmRunner } from './fuzzHarness.ts';
import { GOOD_ARTICLES } from './goodArticles.ts';
import type { PipelineRunner } from './pipelineRunner.ts';

/** The deepest inputs are 50,000 levels (a few hundred KB): linear work on them takes a second or two. */
const BOUND_MS = 20_000;

let runner: PipelineRunner;
let baseline: GoodBaseline;
beforeAll(async () => {
  announceSeed('nesting');
  runner = await warmRunner();
  baseline = new GoodBaseline(runner);
}, 120_000);
afterAll(() => runner.close());

describe('fuzz: nesting depth', () => {
  it(
    'never overflows the stack or runs past the bound, and the good article keeps its events',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...GOOD_ARTICLES), arbitraryNesting, async (good, bad) => {
          const alone = await baseline.of(good);
          const beside = expectBuilt(await runner.run([good, toArticleFile(bad)], BOUND_MS));
          expectGoodEventsKept(alone, beside, good.path);
        }),
        parameters(30),
      );
    },
    TEST_TIMEOUT_MS,
  );
});
