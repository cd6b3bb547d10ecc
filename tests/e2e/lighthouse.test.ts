/**
 * Lighthouse at 100 for accessibility, best practices and SEO on every page
 * type: the seed site's index, an event page, /sources/ and /about/ (dist/,
 * which `npm test` builds before vitest), and a period page of a synthetic
 * story large enough to have them. Lighthouse runs against Debian's
 * Chromium with no network: the browser resolves nothing but 127.0.0.1, the
 * tab's network log must show no request elsewhere, and Lighthouse's own
 * connections from Node go to the local Chromium and server only.
 * Performance is measured by `npm run bench`, not asserted here.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, isLocalTarget, launchChrome, QUALITY_CATEGORIES, watchConnections, type Category, type LighthouseChrome, type LighthouseReport } from '../../scripts/bench/lighthouse.ts';
import { syntheticTimeline } from '../../scripts/bench-ui/syntheticTimeline.ts';
import { buildFixtureSite } from './buildFixtureSite.ts';
import { serveDir, type StaticServer } from './serve.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
/** Enough events that the index moves its busiest periods to pages of their own (src/timeline/periodPages.ts). */
const PERIOD_SITE_EVENTS = 700;
/** One Lighthouse run takes 5–20 s on a busy machine. */
const RUN_TIMEOUT_MS = 90_000;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

let chrome: LighthouseChrome;
let seedSite: StaticServer;
let periodSite: StaticServer;
let periodDir: string;
let stopWatching: () => string[];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no index.html: run `npm run build` first (npm test does)');
  periodDir = buildFixtureSite(syntheticTimeline({ events: PERIOD_SITE_EVENTS, seed: 3 }));
  [chrome, seedSite, periodSite] = await Promise.all([launchChrome(), serveDir(DIST), serveDir(join(periodDir, 'dist'))]);
  stopWatching = watchConnections();
}, 180_000);

afterAll(async () => {
  stopWatching?.();
  await Promise.all([chrome?.close(), seedSite?.close(), periodSite?.close()]);
  if (periodDir) rmSync(periodDir, { recursive: true, force: true });
});

/** The first page below `dir` of a built site (an event's or a period's folder). */
function firstPage(dist: string, dir: string): string {
  const folder = join(dist, dir);
  const names = existsSync(folder) ? readdirSync(folder).sort() : [];
  if (names.length === 0) throw new Error(`the site in ${dist} has no page under /${dir}/`);
  return `/${dir}/${names[0]}/`;
}

/** Every score asked for at 100, with the failing audits in the message when not. */
function expectPerfect(report: LighthouseReport, categories: readonly Category[] = QUALITY_CATEGORIES): void {
  expect(report.runtimeError, report.runtimeError).toBeUndefined();
  expect(report.offHostRequests, 'requests off 127.0.0.1').toEqual([]);
  expect(report.requests.length).toBeGreaterThan(0);
  const failing = report.failing.map((f) => `${f.category}: ${f.id} (${f.score}) ${f.title} — ${f.detail}`);
  for (const category of categories) expect(report.scores[category], `${category} on ${report.url}\n${failing.join('\n')}`).toBe(100);
}

describe('Lighthouse: accessibility, best practices and SEO at 100', () => {
  const seedPages: [string, () => string][] = [
    ['the index', () => '/'],
    ['an event page', () => firstPage(DIST, 'events')],
    ['the sources page', () => '/sources/'],
    ['the about page', () => '/about/'],
  ];
  for (const [name, path] of seedPages) {
    it(`on ${name} of the seed site`, async () => expectPerfect(await audit(chrome, `${seedSite.origin}${path()}`)), RUN_TIMEOUT_MS);
  }

  // The embed view is noindex on purpose (it repeats the index, for iframes on other sites), which Lighthouse's SEO
  // category scores down ("is-crawlable"): it is held to 100 for accessibility and best practices only.
  const EMBED_CATEGORIES: readonly Category[] = ['accessibility', 'best-practices'];
  it('on the embed view of the seed site (accessibility and best practices)', async () => {
    expectPerfect(await audit(chrome, `${seedSite.origin}/embed/`, EMBED_CATEGORIES), EMBED_CATEGORIES);
  }, RUN_TIMEOUT_MS);

  it(`on a period page of a ${PERIOD_SITE_EVENTS}-event site`, async () => {
    expectPerfect(await audit(chrome, `${periodSite.origin}${firstPage(join(periodDir, 'dist'), 'periods')}`));
  }, RUN_TIMEOUT_MS);

  // Last, after every run (the tests of a file run in order): Lighthouse in Node, and the whole browser (its net log:
  // background services too, not only the tab), asked for nothing but this machine.
  it('made no request off this machine, from Node or from the browser', async () => {
    const hosts = stopWatching();
    stopWatching = () => [];
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((host) => !LOCAL_HOSTS.has(host))).toEqual([]);
    const targets = await chrome.close();
    expect(targets.some((t) => t.startsWith(seedSite.origin)), 'the net log holds the audited pages').toBe(true);
    expect(targets.filter((t) => !isLocalTarget(t))).toEqual([]);
  });
});
