/**
 * Properties over what a front matter may say for `published` (and the
 * other fields): impossible days, far years, numbers, lists, words, any
 * line ends. Beside a good article it never throws, hangs or breaks the
 * contract, and the good article keeps its events; and the article's own
 * absolute dates ("on 3 March 2021") never depend on its publication date,
 * so an unusable one loses none of them.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { frontMatterArticle, toArticleFile } from './arbitraries.ts';
import { announceSeed, expectBuilt, expectGoodEventsKept, GoodBaseline, parameters, TEST_TIMEOUT_MS, warmRunner } from './fuzzHarness.ts';
import { GOOD_ARTICLES } from './goodArticles.ts';
import type { PipelineRunner } from './pipelineRunner.ts';

const BOUND_MS = 10_000;

/** Sentences with absolute dates only: each must be dated whatever the publication date is. */
// Another story than the good article's (other days, names and words), so that nothing in it joins the good article's events.
const ABSOLUTE = [
  'Striking dockworkers in Port Halvard walked out on 14 August 2017 over pay, the Marisco union said.',
  'On 17 May 2015, the harbour authority signed a contract with Brenn Logistics for three cranes.',
  'The dockworkers last struck in September 2012.',
];
const ABSOLUTE_DAYS = ['2017-08-14', '2015-05-17', '2012-09'];

let runner: PipelineRunner;
let baseline: GoodBaseline;
beforeAll(async () => {
  announceSeed('front matter dates');
  runner = await warmRunner();
  baseline = new GoodBaseline(runner);
}, 120_000);
afterAll(() => runner.close());

describe('fuzz: dates in front matter', () => {
  it(
    'never throw, hang or break the contract, and the good article beside keeps its events',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...GOOD_ARTICLES), frontMatterArticle(ABSOLUTE.join('\n\n')), async (good, bad) => {
          const alone = await baseline.of(good);
          const beside = expectBuilt(await runner.run([good, toArticleFile(bad)], BOUND_MS));
          expectGoodEventsKept(alone, beside, good.path);
        }),
        parameters(100),
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'never cost the article its absolute dates',
    async () => {
      await fc.assert(
        fc.asyncProperty(frontMatterArticle(ABSOLUTE.join('\n\n')), async (article) => {
          const reply = expectBuilt(await runner.run([toArticleFile(article)], BOUND_MS));
          const starts = reply.events.map((e) => e.start);
          const lost = ABSOLUTE_DAYS.filter((day) => !starts.includes(day));
          if (lost.length > 0) {
            throw new Error(`lost ${lost.join(', ')} (events: ${starts.join(', ') || 'none'}); diagnostics: ${reply.diagnostics.join(' | ') || 'none'}`);
          }
        }),
        parameters(100),
      );
    },
    TEST_TIMEOUT_MS,
  );
});
