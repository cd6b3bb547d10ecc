/**
 * Properties over arbitrary Unicode text: in any article format and
 * encoding, beside a good article, it never throws, hangs or breaks the
 * contract, and the good article keeps its events; and the good article
 * itself, with control, zero-width and bidi characters, odd line ends,
 * emoji or lone surrogates beside its spaces, still dates what it dated.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { arbitraryTextFile, encoding, noisyCopy, toArticleFile } from './arbitraries.ts';
import { announceSeed, expectBuilt, expectGoodEventsKept, GoodBaseline, parameters, TEST_TIMEOUT_MS, warmRunner } from './fuzzHarness.ts';
import { GOOD_ARTICLES, GOOD_BODY, GOOD_FORMATS, goodArticleText } from './goodArticles.ts';
import type { PipelineRunner } from './pipelineRunner.ts';

const BOUND_MS = 10_000;

let runner: PipelineRunner;
let baseline: GoodBaseline;
beforeAll(async () => {
  announceSeed('unicode');
  runner = await warmRunner();
  baseline = new GoodBaseline(runner);
}, 120_000);
afterAll(() => runner.close());

describe('fuzz: arbitrary Unicode text', () => {
  it(
    'in any format and encoding, never throws, hangs or breaks the contract, and the good article keeps its events',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...GOOD_ARTICLES), arbitraryTextFile, async (good, bad) => {
          const alone = await baseline.of(good);
          const beside = expectBuilt(await runner.run([good, toArticleFile(bad)], BOUND_MS));
          expectGoodEventsKept(alone, beside, good.path);
        }),
        parameters(150),
      );
    },
    TEST_TIMEOUT_MS,
  );

  // Known loss, not yet fixed: a line break inside a date in a .txt ("began on 3 \r\nMarch 2021", a hard-wrapped
  // paste) splits the sentence there, and the day is lost (2021-03 kept, 2021-03-03 lost). Seed 20240625 finds it
  // after 11 runs. it.fails keeps the suite green while the bug stands and fails as soon as it is fixed: then make
  // this an it() again.
  it.fails(
    'noise characters beside the spaces of a good article keep every date it gave',
    async () => {
      // Noise in the story's paragraphs only: in the front matter or inside a tag it would change the markup, not the text.
      const noisy = fc.record({ format: fc.constantFrom(...GOOD_FORMATS), body: noisyCopy(GOOD_BODY.join('\n\n')), encoding });
      await fc.assert(
        fc.asyncProperty(noisy, async ({ format, body, encoding: enc }) => {
          const good = GOOD_ARTICLES[GOOD_FORMATS.indexOf(format)]!;
          const alone = await baseline.of(good);
          const text = goodArticleText(format, body.split('\n\n'));
          const reply = expectBuilt(await runner.run([toArticleFile({ path: good.path, text, encoding: enc })], BOUND_MS));
          const dates = new Set(reply.events.map((e) => e.start));
          const lost = [...new Set(alone.events.map((e) => e.start))].filter((d) => !dates.has(d));
          if (lost.length > 0) {
            throw new Error(`lost the dates ${lost.join(', ')} (kept: ${[...dates].join(', ') || 'none'}); diagnostics: ${reply.diagnostics.join(' | ') || 'none'}`);
          }
        }),
        parameters(80),
      );
    },
    TEST_TIMEOUT_MS,
  );
});
