/**
 * Takes a screenshot of the built page (run after a build):
 *   npx tsx tests/e2e/screenshot.ts [out.png] [width] [--full] [--dark] [--path /sources/]
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, serveDir } from './serve';

const args = process.argv.slice(2);
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--path');
const out = positional[0] ?? 'docs/screenshot.png';
const width = Number(positional[1] ?? 1280);
const path = args.includes('--path') ? args[args.indexOf('--path') + 1]! : '/';
const server = await serveDir('dist');
const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: args.includes('--dark') ? 'dark' : 'light',
  });
  await page.goto(`${server.origin}${path}`);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: args.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
