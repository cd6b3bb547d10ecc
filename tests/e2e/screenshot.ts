/**
 * Takes docs/screenshot.png of the built page (run after a build):
 *   npx tsx tests/e2e/screenshot.ts [out.png] [width]
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, serveDir } from './serve';

const out = process.argv[2] ?? 'docs/screenshot.png';
const width = Number(process.argv[3] ?? 1280);
const server = await serveDir('dist');
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${server.origin}/`);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
