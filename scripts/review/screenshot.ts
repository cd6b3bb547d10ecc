/**
 * Takes docs/review.png: the review page on a copy of seeds/ (so nothing is
 * written to the real folder), with one event's edit form open.
 *   npx tsx scripts/review/screenshot.ts [out.png]
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/serve.ts';
import { startReviewServer } from './server.ts';

const out = process.argv[2] ?? 'docs/review.png';
const seeds = mkdtempSync(join(tmpdir(), 'newsline-review-shot-'));
cpSync(resolve(import.meta.dirname, '../../seeds'), seeds, { recursive: true });
const server = await startReviewServer({ seeds, port: 0, seedsLabel: 'seeds/' });
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1300 }, deviceScaleFactor: 1, colorScheme: 'light' });
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto(server.url);
  await page.locator('.event details.edits').first().evaluate((d) => d.setAttribute('open', ''));
  // The first card under the sticky bar: its facts, its open edit forms and its quotes marked in their articles.
  await page.evaluate(() => window.scrollTo(0, document.querySelector<HTMLElement>('#events-heading')!.offsetTop - document.querySelector<HTMLElement>('.bar')!.offsetHeight - 16));
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(seeds, { recursive: true, force: true });
}
