/**
 * Page-weight budgets of the index (issue 9, "Done when"): at most 30 KB of
 * JavaScript and 10 KB of CSS gzipped, counting every script and stylesheet
 * the index references (and the modules they import) plus its inline
 * <script> and <style>; and for a 10,000-event timeline, an index HTML of at
 * most 100 KB gzipped. A KB is 1,000 bytes; each file is gzipped on its own
 * at level 9 (scripts/bench-ui/pageWeight.ts, shared with `npm run bench:ui`).
 *
 * Checked on the seed site in dist/ (`npm test` builds it first) and on a
 * 10,000-event synthetic timeline this file builds into a temporary folder.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageWeight, type PageWeight } from '../../scripts/bench-ui/pageWeight.ts';
import { syntheticTimeline } from '../../scripts/bench-ui/syntheticTimeline.ts';
import { buildFixtureSite } from './buildFixtureSite';

const DIST = resolve(import.meta.dirname, '../../dist');
const KB = 1000;
const JS_BUDGET = 30 * KB;
const CSS_BUDGET = 10 * KB;
const BIG_STORY_EVENTS = 10_000;
const BIG_STORY_HTML_BUDGET = 100 * KB;
/** Building 10,000 events (and, soon, a page for each) takes minutes, not the default hook minute. */
const BIG_BUILD_TIMEOUT_MS = 30 * 60_000;

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const filesOf = (weight: PageWeight, type: 'js' | 'css'): string =>
  weight.files
    .filter((f) => f.type === type)
    .map((f) => `${f.path} ${kb(f.gzip)}`)
    .join(', ') || 'no files';

/** The JS, CSS and missing-file checks, for any built site. */
function checkScriptsAndStyles(site: string, weigh: () => PageWeight): void {
  it(`ships at most ${kb(JS_BUDGET)} of JavaScript gzipped`, () => {
    const w = weigh();
    expect(w.js, `${site}: the index ships ${kb(w.js)} of JavaScript gzipped (${filesOf(w, 'js')}; inline ${kb(w.inlineJs)}), budget ${kb(JS_BUDGET)}`).toBeLessThanOrEqual(JS_BUDGET);
  });

  it(`ships at most ${kb(CSS_BUDGET)} of CSS gzipped`, () => {
    const w = weigh();
    expect(w.css, `${site}: the index ships ${kb(w.css)} of CSS gzipped (${filesOf(w, 'css')}; inline ${kb(w.inlineCss)}), budget ${kb(CSS_BUDGET)}`).toBeLessThanOrEqual(CSS_BUDGET);
  });

  it('references only scripts and stylesheets that are files of the site (or the weights would miss them)', () => {
    expect(weigh().missing, `${site}: referenced by the index but not in its dist folder`).toEqual([]);
  });
}

describe('page-weight budgets: the seed site in dist/', () => {
  let weight: PageWeight;

  beforeAll(() => {
    if (!existsSync(join(DIST, 'index.html'))) {
      throw new Error('dist/index.html does not exist: build the site first (`npm test` does; by hand: `npm run build`).');
    }
    weight = pageWeight(DIST);
    console.log(`seed site index: HTML ${kb(weight.html)}, JS ${kb(weight.js)}, CSS ${kb(weight.css)} gzipped`);
  });

  checkScriptsAndStyles('seed site', () => weight);
});

describe(`page-weight budgets: a ${BIG_STORY_EVENTS.toLocaleString('en-US')}-event synthetic timeline`, () => {
  let dir: string | undefined;
  let weight: PageWeight;

  beforeAll(() => {
    const started = performance.now();
    dir = buildFixtureSite(syntheticTimeline({ events: BIG_STORY_EVENTS, seed: 1 }));
    weight = pageWeight(join(dir, 'dist'));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${BIG_STORY_EVENTS} events: built in ${seconds} s; index HTML ${kb(weight.html)}, JS ${kb(weight.js)}, CSS ${kb(weight.css)} gzipped`);
  }, BIG_BUILD_TIMEOUT_MS);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`keeps the index HTML at most ${kb(BIG_STORY_HTML_BUDGET)} gzipped`, () => {
    expect(
      weight.html,
      `${BIG_STORY_EVENTS} events: the index HTML is ${kb(weight.html)} gzipped, budget ${kb(BIG_STORY_HTML_BUDGET)} (heavy periods belong on their own pages)`,
    ).toBeLessThanOrEqual(BIG_STORY_HTML_BUDGET);
  });

  checkScriptsAndStyles(`${BIG_STORY_EVENTS} events`, () => weight);
});
