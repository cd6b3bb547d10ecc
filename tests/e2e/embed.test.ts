/**
 * The embed view (issue 11, items 1–4) in a real Chromium, the way a
 * newsroom uses it: the seed story built into a fixture site served on one
 * 127.0.0.1 port, and a host page on another port (another origin) that
 * pastes the code copied from "Embed this", with our embed.js, and, in its
 * place, pym.js's own parent. The iframe must take its content's height on
 * a phone and on a desktop, the host's #event-id must bring that event
 * forward inside it, each query option must show, and nothing may log a
 * console error, break the Content-Security-Policy (Chromium logs a refusal
 * as a console error) or ask for anything off this machine. A second build
 * with SITE_URL checks the code's addresses are absolute.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTimeline, type Timeline } from '../../src/pipeline/schema';
import { inWindow } from '../../src/timeline/embed/inWindow';
import { buildFixtureSite } from './buildFixtureSite';
import { CHROMIUM, serveDir, type StaticServer } from './serve';
import { openWatched, seriousAxeViolations } from './watchedPage';

const ROOT = resolve(import.meta.dirname, '../..');
const PYM = readFileSync(resolve(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'), 'utf8');
const NARROW = { width: 360, height: 800 };
const WIDE = { width: 1200, height: 800 };
/** The snippet's starting height (EMBED_HEIGHT): the iframe must end up at another. */
const STARTING_HEIGHT = 720;
/** Pixels of rounding between the iframe's box and the document it shows. */
const SLACK = 2;

let browser: Browser;
let data: Timeline;
let dir: string;
let site: StaticServer;
let host: HostServer;

/** A second origin: serves HTML strings the tests register, and pym.js. */
interface HostServer {
  origin: string;
  page(name: string, html: string): string;
  close(): Promise<void>;
}

async function hostServer(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/pym.js') return void res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(PYM);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const html = pages.get(path);
    if (html === undefined) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(name, html) {
      pages.set(`/${name}`, html);
      return `${origin}/${name}`;
    },
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}

const hostHtml = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body><h1>A newsroom's article</h1><p>Text before.</p>${body}<p>Text after.</p></body></html>`;

beforeAll(async () => {
  data = parseTimeline(JSON.parse(readFileSync(resolve(ROOT, 'src/data/timeline.json'), 'utf8')));
  dir = buildFixtureSite(data);
  [browser, site, host] = await Promise.all([chromium.launch(CHROMIUM), serveDir(join(dir, 'dist')), hostServer()]);
}, 300_000);

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), host?.close()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The embed view's frame inside a host page, once its script has sized it. */
async function embedFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow !== null);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('the host page has no iframe');
  await frame.waitForLoadState('load');
  return frame;
}

/** Waits until the iframe's height is its document's (within SLACK) and stays so; returns both. */
async function settledHeights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  let last = { iframe: -1, content: -2 };
  for (let tries = 0; tries < 50; tries++) {
    const iframe = await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    if (Math.abs(iframe - content) <= SLACK && iframe === last.iframe) return { iframe, content };
    last = { iframe, content };
    await page.waitForTimeout(100);
  }
  return last;
}

const keyEvents = () => data.events.filter((e) => e.tier === 'key');
const moreEvents = () => data.events.filter((e) => e.tier !== 'key');

describe('embed: the snippet from "Embed this" on another origin, with embed.js', () => {
  let snippet: string;

  it('copies the code from the index’s "Embed this" (Clipboard API), the same as its textarea shows, with this site’s absolute addresses', async () => {
    const { page, context, problems } = await openWatched(browser, `${site.origin}/`);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      await page.click('[data-embed-this] > summary');
      await page.click('[data-embed-this] button');
      await page.waitForFunction(() => document.querySelector('[data-embed-this] [role="status"]')?.textContent !== '');
      snippet = await page.evaluate(() => navigator.clipboard.readText());
      await expect(page.locator('[data-embed-this] textarea').inputValue()).resolves.toBe(snippet);
      expect(snippet).toContain(`<iframe data-newsline src="${site.origin}/embed/"`);
      expect(snippet).toContain(`<script async src="${site.origin}/embed.js"></script>`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('rebuilds the code from the options (theme, language, title, window), and that code shows them in the host page', async () => {
    const { page, context, problems } = await openWatched(browser, `${site.origin}/`);
    let code: string;
    try {
      await page.click('[data-embed-this] > summary');
      await page.selectOption('[data-embed-this] select[name="theme"]', 'dark');
      await page.selectOption('[data-embed-this] select[name="lang"]', 'uk');
      await page.check('[data-embed-this] input[name="title"]');
      await page.fill('[data-embed-this] input[name="from"]', '1000-01-01');
      code = await page.locator('[data-embed-this] textarea').inputValue();
      expect(code).toContain(`src="${site.origin}/embed/uk/?theme=dark&amp;from=1000-01-01&amp;title=hide"`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    const host1 = await openWatched(browser, host.page('options', hostHtml(code)), { colorScheme: 'light' });
    try {
      const frame = await embedFrame(host1.page);
      await expect(frame.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).resolves.toEqual(['uk', 'dark']);
      expect((await frame.locator('[data-embed-title]').boundingBox())!.height).toBeLessThanOrEqual(1);
      const { iframe, content } = await settledHeights(host1.page, frame);
      expect(Math.abs(iframe - content)).toBeLessThanOrEqual(SLACK);
      expect(host1.problems).toEqual([]);
    } finally {
      await host1.context.close();
    }
  });

  it('works with JavaScript off: the code is in a selectable readonly textarea, no Copy button', async () => {
    const { page, context, problems } = await openWatched(browser, `${site.origin}/`, { javaScriptEnabled: false });
    try {
      await page.click('[data-embed-this] > summary');
      await expect(page.locator('[data-embed-this] textarea').getAttribute('readonly')).resolves.toBe('');
      await expect(page.locator('[data-embed-this] textarea').inputValue()).resolves.toContain('<iframe data-newsline src="/embed/"');
      await expect(page.locator('[data-embed-this] button').isVisible()).resolves.toBe(false);
      // The options need the script to rebuild the code: without it they would only mislead.
      await expect(page.locator('[data-embed-options]').isVisible()).resolves.toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const [name, viewport] of [['narrow (360 px)', NARROW], ['wide (1,200 px)', WIDE]] as const) {
    it(`sizes the iframe to its content, ${name}`, async () => {
      const url = host.page(`own-${viewport.width}`, hostHtml(snippet));
      const { page, context, problems } = await openWatched(browser, url, { viewport });
      try {
        const frame = await embedFrame(page);
        const { iframe, content } = await settledHeights(page, frame);
        expect(Math.abs(iframe - content), `iframe ${iframe}px, its document ${content}px`).toBeLessThanOrEqual(SLACK);
        expect(iframe).not.toBe(STARTING_HEIGHT);
        // The whole timeline shows without scrolling inside the frame.
        await expect(frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 2)).resolves.toBe(true);
        // Opening the disclosure of the other events makes the page taller: the iframe follows.
        await frame.click('[data-embed-more] > summary');
        await page.waitForFunction((before) => document.querySelector('iframe')!.getBoundingClientRect().height > before + 10, iframe);
        const opened = await settledHeights(page, frame);
        expect(Math.abs(opened.iframe - opened.content)).toBeLessThanOrEqual(SLACK);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('is taller on a phone than on a desktop (its lines wrap), and follows a resize', async () => {
    const url = host.page('resize', hostHtml(snippet));
    const { page, context, problems } = await openWatched(browser, url, { viewport: WIDE });
    try {
      const frame = await embedFrame(page);
      const wide = await settledHeights(page, frame);
      await page.setViewportSize(NARROW);
      await page.waitForFunction((before) => document.querySelector('iframe')!.getBoundingClientRect().height > before, wide.iframe);
      const narrow = await settledHeights(page, frame);
      expect(narrow.iframe).toBeGreaterThan(wide.iframe);
      expect(Math.abs(narrow.iframe - narrow.content)).toBeLessThanOrEqual(SLACK);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('brings the host’s #event-id forward in the iframe, on load and on hashchange, opening its disclosure', async () => {
    const [more] = moreEvents();
    const [key] = keyEvents();
    expect(more, 'the seed story has events beyond its key ones').toBeDefined();
    const url = host.page('deep', hostHtml(snippet));
    const { page, context, problems } = await openWatched(browser, `${url}#${more!.id}`);
    try {
      const frame = await embedFrame(page);
      await frame.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-focused'), more!.id);
      await expect(frame.evaluate((id) => document.getElementById(id)!.closest('details')!.open, more!.id)).resolves.toBe(true);
      await page.evaluate((id) => (location.hash = id), key!.id);
      await frame.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-focused'), key!.id);
      await expect(frame.locator('.is-focused').count()).resolves.toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('puts an event permalink clicked in the iframe into the host’s #hash only when the iframe opts in (data-newsline-hash)', async () => {
    const [key] = keyEvents();
    const optedIn = host.page('hash', hostHtml(snippet.replace('<iframe data-newsline ', '<iframe data-newsline data-newsline-hash ')));
    const { page, context, problems } = await openWatched(browser, optedIn);
    try {
      const frame = await embedFrame(page);
      await settledHeights(page, frame);
      await frame.click(`[id="${key!.id}"] a[data-permalink]`);
      await page.waitForFunction((id) => location.hash === `#${id}`, key!.id);
      await expect(frame.evaluate((id) => document.getElementById(id)!.classList.contains('is-focused'), key!.id)).resolves.toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    // Without the opt-in the permalink is a link to the event's page, in a new tab; the host's address stays.
    const plain = host.page('no-hash', hostHtml(snippet));
    const watched = await openWatched(browser, plain);
    try {
      const frame = await embedFrame(watched.page);
      await settledHeights(watched.page, frame);
      const popup = watched.context.waitForEvent('page');
      await frame.click(`[id="${key!.id}"] a[data-permalink]`);
      const opened = await popup;
      await opened.waitForLoadState('load');
      expect(new URL(opened.url()).pathname).toBe(`/events/${key!.id}/`);
      expect(new URL(watched.page.url()).hash).toBe('');
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });
});

describe('embed: pym.js’s parent instead of ours', () => {
  for (const [name, viewport] of [['narrow (360 px)', NARROW], ['wide (1,200 px)', WIDE]] as const) {
    it(`sizes the iframe pym.Parent makes to its content, ${name}`, async () => {
      const html = hostHtml(`<div id="timeline"></div><script src="/pym.js"></script><script>new pym.Parent('timeline', ${JSON.stringify(`${site.origin}/embed/`)}, { title: 'Timeline' });</script>`);
      const { page, context, problems } = await openWatched(browser, host.page(`pym-${viewport.width}`, html), { viewport });
      try {
        const frame = await embedFrame(page);
        // pym's parent asked with its childId, which the embed answers under.
        expect(new URL(frame.url()).searchParams.get('childId')).toBe('timeline');
        const { iframe, content } = await settledHeights(page, frame);
        expect(Math.abs(iframe - content), `iframe ${iframe}px, its document ${content}px`).toBeLessThanOrEqual(SLACK);
        expect(iframe).toBeGreaterThan(0);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('answers pym’s width message after a resize with the new height', async () => {
    const html = hostHtml(`<div id="timeline"></div><script src="/pym.js"></script><script>new pym.Parent('timeline', ${JSON.stringify(`${site.origin}/embed/`)}, {});</script>`);
    const { page, context, problems } = await openWatched(browser, host.page('pym-resize', html), { viewport: WIDE });
    try {
      const frame = await embedFrame(page);
      const wide = await settledHeights(page, frame);
      await page.setViewportSize(NARROW);
      await page.waitForFunction((before) => document.querySelector('iframe')!.getBoundingClientRect().height > before, wide.iframe);
      const narrow = await settledHeights(page, frame);
      expect(Math.abs(narrow.iframe - narrow.content)).toBeLessThanOrEqual(SLACK);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('embed: a Datawrapper-style parent instead of ours', () => {
  it('sizes the iframe from the { "datawrapper-height": { id: px } } message alone', async () => {
    // What Datawrapper's responsive embed script does: size whichever iframe's window sent the message.
    const listener = `<script>addEventListener('message', function (e) { var h = e.data && e.data['datawrapper-height']; if (!h) return;
      document.querySelectorAll('iframe').forEach(function (f) { if (f.contentWindow === e.source) for (var id in h) f.style.height = h[id] + 'px'; }); });</script>`;
    const iframe = `<iframe src="${site.origin}/embed/" title="Timeline" width="100%" height="${STARTING_HEIGHT}" style="border:0;width:100%"></iframe>`;
    const { page, context, problems } = await openWatched(browser, host.page('datawrapper', hostHtml(`${listener}${iframe}`)), { viewport: NARROW });
    try {
      const frame = await embedFrame(page);
      const { iframe: height, content } = await settledHeights(page, frame);
      expect(Math.abs(height - content), `iframe ${height}px, its document ${content}px`).toBeLessThanOrEqual(SLACK);
      expect(height).not.toBe(STARTING_HEIGHT);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('embed: the view’s options and its page', () => {
  const open = (query: string, options = {}) => openWatched(browser, `${site.origin}/embed/${query}`, options);
  /** Events not hidden by the script (closed disclosures count as shown: one click away). */
  const shownIds = (page: Page) => page.locator('[data-event]').evaluateAll((els) => els.filter((el) => !el.closest('[hidden]')).map((el) => el.id));

  it('reads complete with JavaScript off: every key event a card, every other one in the disclosure; noindex, canonical and oEmbed in its head; no site chrome', async () => {
    const { page, context, problems } = await open('', { javaScriptEnabled: false });
    try {
      const cards = await page.locator('[data-embed-key] > li').evaluateAll((lis) => lis.map((li) => li.id));
      expect(cards).toEqual(keyEvents().map((e) => e.id));
      const inside = await page.locator('[data-embed-more] li').evaluateAll((lis) => lis.map((li) => li.id));
      expect(inside).toEqual(moreEvents().map((e) => e.id));
      await expect(page.getAttribute('meta[name="robots"]', 'content')).resolves.toBe('noindex');
      await expect(page.getAttribute('link[rel="canonical"]', 'href')).resolves.toBe('/');
      await expect(page.getAttribute('link[rel="alternate"][type="application/json+oembed"]', 'href')).resolves.toBe('/oembed.json');
      await expect(page.locator('.site-bar, .site-nav, .site-footer, .skip-link').count()).resolves.toBe(0);
      const credit = page.locator('.embed__credit a');
      await expect(credit.getAttribute('href')).resolves.toBe('/');
      await expect(credit.getAttribute('target')).resolves.toBe('_blank');
      await expect(credit.textContent()).resolves.toContain(data.title);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('theme=dark pins the dark colours over a light system, theme=light the light over a dark one, and stores nothing', async () => {
    const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await open('?theme=dark', { colorScheme: 'light' });
    const light = await open('?theme=light', { colorScheme: 'dark' });
    try {
      await expect(dark.page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
      await expect(light.page.getAttribute('html', 'data-theme')).resolves.toBe('light');
      expect(lum(await paper(dark.page))).toBeLessThan(lum(await paper(light.page)));
      await expect(dark.page.evaluate(() => localStorage.length)).resolves.toBe(0);
      expect([...dark.problems, ...light.problems]).toEqual([]);
    } finally {
      await Promise.all([dark.context.close(), light.context.close()]);
    }
    const auto = await open('?theme=auto', { colorScheme: 'dark' });
    try {
      await expect(auto.page.getAttribute('html', 'data-theme')).resolves.toBeNull();
    } finally {
      await auto.context.close();
    }
  });

  it('from/to hide the events outside the window, and the disclosure counts what is left', async () => {
    const days = [...new Set(data.events.map((e) => e.date.start.slice(0, 10)))].sort();
    const from = days[Math.floor(days.length / 3)]!;
    const to = days[Math.floor((2 * days.length) / 3)]!;
    const expected = data.events.filter((e) => inWindow(e.date.start, e.date.end, from, to)).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(data.events.length);
    const { page, context, problems } = await open(`?from=${from}&to=${to}`);
    try {
      const visible = await page.locator('[data-event]').evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).map((el) => el.id));
      expect(visible).toEqual(expect.arrayContaining(expected));
      expect(visible.length).toBe(expected.length);
      const moreLeft = moreEvents().filter((e) => expected.includes(e.id)).length;
      if (moreLeft > 0) await expect(page.locator('[data-embed-more] > summary').textContent()).resolves.toBe(`${moreLeft} more event${moreLeft === 1 ? '' : 's'}`);
      else await expect(page.locator('[data-embed-more]').isVisible()).resolves.toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    // A window with no event says so.
    const empty = await open('?from=1000&to=1000');
    try {
      await expect(empty.page.locator('[data-embed-empty]').isVisible()).resolves.toBe(true);
      await expect(empty.page.locator('[data-event]:not([hidden])').count()).resolves.toBe(0);
    } finally {
      await empty.context.close();
    }
  });

  it('focus= highlights the event and opens its disclosure; title=hide hides the title from sight, not from screen readers', async () => {
    const [more] = moreEvents();
    const { page, context, problems } = await open(`?focus=${more!.id}&title=hide`);
    try {
      await expect(page.evaluate((id) => document.getElementById(id)!.classList.contains('is-focused'), more!.id)).resolves.toBe(true);
      await expect(page.evaluate((id) => document.getElementById(id)!.closest('details')!.open, more!.id)).resolves.toBe(true);
      const box = await page.locator('[data-embed-title]').boundingBox();
      expect(box!.height).toBeLessThanOrEqual(1);
      await expect(page.locator('h1').textContent()).resolves.toBe(data.title);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
    const shown = await open('');
    try {
      expect((await shown.page.locator('[data-embed-title]').boundingBox())!.height).toBeGreaterThan(10);
      await expect(shown.page.locator('.is-focused').count()).resolves.toBe(0);
      expect(await shownIds(shown.page)).toHaveLength(data.events.length);
    } finally {
      await shown.context.close();
    }
  });

  it('lang=ru and lang=uk move to the embed page in that language, keeping the other options', async () => {
    for (const [code, heading] of [['ru', 'ещё'], ['uk', 'ще']] as const) {
      const { page, context, problems } = await open(`?lang=${code}&theme=dark`);
      try {
        await page.waitForURL((u) => u.pathname === `/embed/${code}/`);
        await page.waitForLoadState('load');
        await expect(page.getAttribute('html', 'lang')).resolves.toBe(code);
        await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
        await expect(page.locator('[data-embed-more] > summary').textContent()).resolves.toMatch(new RegExp(`^${heading} `));
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it.each(['light', 'dark'] as const)('has no serious axe-core violation in the %s theme, disclosure closed and open', async (colorScheme) => {
    const { page, context } = await open('', { colorScheme });
    try {
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it.each(['light', 'dark'] as const)('"Embed this", open with its options, has no serious axe-core violation on the index and an event page (%s)', async (colorScheme) => {
    for (const path of ['/', `/events/${keyEvents()[0]!.id}/`]) {
      const { page, context, problems } = await openWatched(browser, `${site.origin}${path}`, { colorScheme });
      try {
        await page.click('[data-embed-this] > summary');
        await expect(page.locator('[data-embed-options]').isVisible()).resolves.toBe(true);
        expect(await seriousAxeViolations(page), path).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
  }, 120_000);

  it('puts "Embed this" on each event page with focus= that event', async () => {
    const [more] = moreEvents();
    const { page, context, problems } = await openWatched(browser, `${site.origin}/events/${more!.id}/`);
    try {
      const code = await page.locator('[data-embed-this] textarea').inputValue();
      expect(code).toContain(`src="${site.origin}/embed/?focus=${more!.id}"`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('serves /oembed.json: rich, version 1.0, the story’s title and the "Embed this" code; the index links it', async () => {
    const json = JSON.parse(readFileSync(join(dir, 'dist/oembed.json'), 'utf8'));
    const index = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    expect(json).toMatchObject({ version: '1.0', type: 'rich', title: data.title, provider_name: 'Newsline' });
    expect(Number.isInteger(json.width) && Number.isInteger(json.height)).toBe(true);
    expect(index).toContain('<link rel="alternate" type="application/json+oembed" href="/oembed.json"');
    const textarea = /<textarea[^>]*>([^<]*)<\/textarea>/.exec(index)![1]!;
    const decoded = textarea.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(json.html).toBe(decoded);
  });
});

describe('embed: a site built with SITE_URL and BASE_PATH', () => {
  let built: string;
  beforeAll(() => {
    // BASE_URL too: vitest sets process.env.BASE_URL=/ for its own import.meta.env, the build inherits it, and Vite's
    // import.meta.env.BASE_URL in the server chunks then reads '/' instead of the configured base.
    built = buildFixtureSite(data, { env: { SITE_URL: 'https://news.example.org', BASE_PATH: '/story', BASE_URL: '/story/' } });
  }, 300_000);
  afterAll(() => {
    if (built) rmSync(built, { recursive: true, force: true });
  });

  it('writes absolute addresses under the base in the code, the oEmbed JSON and the embed page’s head', () => {
    const json = JSON.parse(readFileSync(join(built, 'dist/oembed.json'), 'utf8'));
    expect(json.html).toContain('src="https://news.example.org/story/embed/"');
    expect(json.html).toContain('src="https://news.example.org/story/embed.js"');
    expect(json.provider_url).toBe('https://news.example.org/story/');
    const embed = readFileSync(join(built, 'dist/embed/index.html'), 'utf8');
    expect(embed).toContain('<link rel="canonical" href="https://news.example.org/story/">');
    expect(embed).toContain('href="https://news.example.org/story/oembed.json"');
    expect(embed).toContain('data-embed-pages="{&quot;en&quot;:&quot;/story/embed/&quot;');
    const index = readFileSync(join(built, 'dist/index.html'), 'utf8');
    expect(index).toContain('href="https://news.example.org/story/oembed.json"');
    expect(index).not.toContain('data-relative');
  });
});
