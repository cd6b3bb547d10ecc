/**
 * End-to-end checks of the built site in a real Chromium (Debian's, through
 * playwright-core; no browser download). Needs dist/: `npm test` builds it
 * first; by hand: `ASTRO_TELEMETRY_DISABLED=1 npx astro build && npx vitest run tests/e2e`.
 *
 * The generic block must pass on any valid timeline.json; the seed block
 * checks the real story in seeds/ as the pipeline builds it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTimeline, type Timeline } from '../../src/pipeline/schema';
import { CHROMIUM, serveDir, type StaticServer } from './serve';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const DATA = resolve(ROOT, 'src/data/timeline.json');

let server: StaticServer;
let browser: Browser;
let dataText: string;
let data: Timeline;

beforeAll(async () => {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    throw new Error(
      'dist/index.html does not exist: build the site before the e2e tests (`npm test` does; by hand: `npm run timeline && ASTRO_TELEMETRY_DISABLED=1 npx astro build`).',
    );
  }
  if (!existsSync(DATA)) {
    throw new Error('src/data/timeline.json does not exist: run `npm run timeline` (or copy tests/fixtures/timeline.sample.json there) and build.');
  }
  if (!existsSync(CHROMIUM.executablePath)) {
    throw new Error(`${CHROMIUM.executablePath} is missing: install Debian's chromium package (apt-get install chromium).`);
  }
  dataText = readFileSync(DATA, 'utf8');
  data = parseTimeline(JSON.parse(dataText));
  server = await serveDir(DIST);
  browser = await chromium.launch(CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

/** A page that records console errors, page errors, failed requests and any request off 127.0.0.1 (which it blocks). */
async function open(path = '/', options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 }, ...options });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    problems.push(`request to another host: ${url.href}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`failed request: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { page, context, problems };
}

const sortedIds = () =>
  [...data.events]
    .sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => e.id);

describe('site (any valid timeline.json)', () => {
  it('loads with no console error, no failed request and nothing fetched from another host', async () => {
    const { page, context, problems } = await open('/');
    try {
      await page.waitForLoadState('networkidle');
      await expect(page.title()).resolves.toContain(data.title);
      await expect(page.locator('h1').textContent()).resolves.toContain(data.title);
      expect(await page.getAttribute('html', 'lang')).toBeTruthy();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lists every event in date order with its <time datetime>, title, summary and quotes', async () => {
    const { page, context } = await open('/');
    try {
      const items = page.locator('main ol.event-list > li');
      await expect(items.count()).resolves.toBe(data.events.length);
      const ids = await items.evaluateAll((lis) => lis.map((li) => li.id));
      expect(new Set(ids)).toEqual(new Set(data.events.map((e) => e.id)));
      // Date order: the starts as instants never go back.
      const starts = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-date') ?? ''));
      const instants = starts.map((s) => Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s));
      for (let i = 1; i < instants.length; i++) expect(instants[i]).toBeGreaterThanOrEqual(instants[i - 1]!);
      if (new Set(data.events.map((e) => e.date.start)).size === data.events.length) expect(ids).toEqual(sortedIds());

      const sourceById = new Map(data.sources.map((s) => [s.id, s]));
      for (const event of data.events) {
        const li = page.locator(`li[id="${event.id}"]`);
        const info = await li.evaluate((el) => ({
          kind: el.getAttribute('data-kind'),
          date: el.getAttribute('data-date'),
          times: [...el.querySelectorAll('time')].map((t) => t.getAttribute('datetime')),
          text: el.textContent?.replace(/\s+/g, ' ') ?? '',
          quotes: [...el.querySelectorAll('blockquote, q')].map((q) => q.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
          links: [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        }));
        expect(info.kind, event.id).toBe(event.kind);
        expect(info.date, event.id).toBe(event.date.start);
        expect(info.times[0], event.id).toBe(event.date.start);
        if (event.date.end && event.date.end !== event.date.start) expect(info.times, event.id).toContain(event.date.end);
        expect(info.text, event.id).toContain(event.title.replace(/\s+/g, ' '));
        for (const mention of event.mentions) {
          expect(info.quotes, event.id).toContain(mention.quote.replace(/\s+/g, ' ').trim());
          const source = sourceById.get(mention.source)!;
          const name = source.outlet?.trim() || source.title?.trim() || source.file;
          expect(info.text, `${event.id}: source name`).toContain(name.replace(/\s+/g, ' '));
          if (source.url && /^https?:/.test(source.url)) expect(info.links, `${event.id}: source link`).toContain(source.url);
        }
        if (event.kind === 'background') expect(info.text, event.id).toMatch(/background/i);
      }
    } finally {
      await context.close();
    }
  });

  it('draws one overview mark per event, each linking to its event', async () => {
    const { page, context } = await open('/');
    try {
      const hrefs = await page.locator('svg.overview-svg a.mark').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(new Set(hrefs)).toEqual(new Set(data.events.map((e) => `#${e.id}`)));
    } finally {
      await context.close();
    }
  });

  it('zooms and pans the overview with its buttons and keys', async () => {
    const { page, context, problems } = await open('/');
    try {
      const svg = page.locator('svg.overview-svg');
      const transform = () => svg.getAttribute('data-transform');
      const firstTick = () => page.locator('svg.overview-svg .tick').last().getAttribute('transform');
      const zoomIn = page.getByRole('button', { name: 'Zoom in' });
      const zoomOut = page.getByRole('button', { name: 'Zoom out' });
      const reset = page.getByRole('button', { name: 'Reset' });
      await expect(zoomIn.isVisible()).resolves.toBe(true);
      const before = await transform();
      expect(before).toBe('translate(0,0) scale(1)');
      const tickBefore = await firstTick();

      await zoomIn.click();
      const afterIn = await transform();
      expect(afterIn).not.toBe(before);
      expect(afterIn).toMatch(/scale\(2\)$/);
      expect(await firstTick()).not.toBe(tickBefore);

      // Keyboard: the buttons are real buttons, and +/−/arrows work with focus in the overview.
      await zoomIn.focus();
      await page.keyboard.press('Enter');
      expect(await transform()).toMatch(/scale\(4\)$/);
      await page.keyboard.press('-');
      expect(await transform()).toMatch(/scale\(2\)$/);
      const beforePan = await transform();
      await page.keyboard.press('ArrowLeft');
      expect(await transform()).not.toBe(beforePan);

      await zoomOut.click();
      expect(await transform()).toMatch(/scale\(1\)$/);
      await zoomIn.click();
      await reset.click();
      expect(await transform()).toBe('translate(0,0) scale(1)');

      // Wheel zooms too.
      const box = (await svg.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
      await page.mouse.wheel(0, -400);
      await expect.poll(transform).not.toBe('translate(0,0) scale(1)');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('activating a mark goes to its event in the list', async () => {
    const { page, context } = await open('/');
    try {
      const last = sortedIds().at(-1)!;
      const mark = page.locator(`svg.overview-svg a.mark[data-id="${last}"]`);
      await mark.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${last}`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(last);
      const inView = await page.locator(`li[id="${last}"]`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top < window.innerHeight && r.bottom > 0;
      });
      expect(inView).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('is complete with JavaScript off: the list, the SVG, no dead controls', async () => {
    const { page, context, problems } = await open('/', { javaScriptEnabled: false });
    try {
      await expect(page.locator('main ol.event-list > li').count()).resolves.toBe(data.events.length);
      await expect(page.locator('svg.overview-svg a.mark').count()).resolves.toBe(data.events.length);
      await expect(page.locator('svg.overview-svg .axis').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByRole('button', { name: 'Zoom in' }).isVisible()).resolves.toBe(false);
      for (const event of data.events) {
        await expect(page.locator(`li[id="${event.id}"] time[datetime="${event.date.start}"]`).count()).resolves.toBeGreaterThan(0);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('has no serious or critical axe-core violations', async () => {
    const { page, context } = await open('/');
    try {
      const axeSource = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return (result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]).map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
        }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('serves /timeline.json, identical to src/data/timeline.json and valid', async () => {
    const { page, context } = await open('/');
    try {
      const res = await page.request.get(`${server.origin}/timeline.json`);
      expect(res.status()).toBe(200);
      const body = await res.text();
      expect(body).toBe(dataText);
      expect(() => parseTimeline(JSON.parse(body))).not.toThrow();
    } finally {
      await context.close();
    }
  });

  it('references nothing outside the site except the sources’ own links', () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    const allowed = new Set(data.sources.map((s) => s.url).filter((u): u is string => !!u));
    const external = [...html.matchAll(/\b(?:href|src|cite|action|srcset)="([^"]+)"/g)]
      .map((m) => m[1]!.replace(/&amp;/g, '&'))
      .filter((u) => /^(https?:)?\/\//i.test(u) && !allowed.has(u));
    expect(external).toEqual([]);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
  });
});

describe('seed story (the real pipeline output from seeds/)', () => {
  /** Dates the five seed articles establish; the pipeline must find each as an event. */
  const SEED_DATES = ['2023-03', '2024-05-12', '2024-06-23', '2024-06-25', '2024-07-12'];

  it.each(SEED_DATES)('has an event on %s, listed with its <time datetime>', async (date) => {
    const matches = data.events.filter((e) => e.date.start === date || e.date.start.startsWith(`${date}T`));
    expect(matches.length, `no event dated ${date} in src/data/timeline.json`).toBeGreaterThan(0);
    const { page, context } = await open('/', { javaScriptEnabled: false });
    try {
      for (const event of matches) {
        await expect(page.locator(`li[id="${event.id}"] time[datetime="${event.date.start}"]`).count()).resolves.toBe(1);
      }
    } finally {
      await context.close();
    }
  });

  it('merges the 25 June call into one event cited by several outlets', () => {
    const calls = data.events.filter((e) => e.date.start === '2024-06-25' && e.kind === 'main');
    const best = Math.max(0, ...calls.map((e) => new Set(e.mentions.map((m) => m.source)).size));
    expect(best).toBeGreaterThanOrEqual(3);
  });

  it('keeps the 1962 context as a background event', () => {
    expect(data.events.some((e) => e.kind === 'background' && e.date.start.startsWith('1962'))).toBe(true);
  });
});
