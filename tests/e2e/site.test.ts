/**
 * End-to-end checks of the built site in a real Chromium (Debian's, through
 * playwright-core; no browser download).
 *
 * The generic block must pass on any valid timeline.json, and runs twice:
 * on dist/ (built from src/data/timeline.json: `npm test` builds it first; by
 * hand: `npm run timeline && ASTRO_TELEMETRY_DISABLED=1 npx astro build && npx vitest run tests/e2e`),
 * and on a fixture site this file builds itself (`NEWSLINE_TIMELINE=… astro
 * build --outDir <tmp>`) from a synthetic 1,500-event timeline with 'more',
 * planned and publication-dated events, whatever the pipeline gives today.
 * The seed block checks the real story in seeds/ as the pipeline builds it.
 */
import { compareEvents } from '../../src/pipeline/eventOrder';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTimeline, type Timeline, type TimelineEvent } from '../../src/pipeline/schema';
import { periods, quotesShown } from '../../src/timeline/periods';
import { periodsOnPages } from '../../src/timeline/periodPages';
import { buildFixtureSite } from './buildFixtureSite';
import { CHROMIUM, serveDir, type StaticServer } from './serve';
import { openWatched } from './watchedPage';
import { syntheticTimeline } from './synthetic';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'dist');
const DATA = resolve(ROOT, 'src/data/timeline.json');

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM.executablePath)) {
    throw new Error(`${CHROMIUM.executablePath} is missing: install Debian's chromium package (apt-get install chromium).`);
  }
  browser = await chromium.launch(CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
});

/** A watched page (console errors, failed or off-host requests) of the site served at `origin`. */
const open = (origin: string, path = '/', options: BrowserContextOptions = {}) => openWatched(browser, `${origin}${path}`, options);

/** The contract's event order, as the site lists them. */
const byDate = compareEvents;

interface Site {
  name: string;
  /** dist folder and data file, once ready. */
  prepare(): { dist: string; data: string; cleanup?: () => void };
}

const SITES: Site[] = [
  {
    name: 'dist/ from src/data/timeline.json',
    prepare() {
      if (!existsSync(resolve(DIST, 'index.html'))) {
        throw new Error(
          'dist/index.html does not exist: build the site before the e2e tests (`npm test` does; by hand: `npm run timeline && ASTRO_TELEMETRY_DISABLED=1 npx astro build`).',
        );
      }
      if (!existsSync(DATA)) {
        throw new Error('src/data/timeline.json does not exist: run `npm run timeline` (or copy tests/fixtures/timeline.sample.json there) and build.');
      }
      return { dist: DIST, data: DATA };
    },
  },
  {
    name: 'fixture site: synthetic 1,500 events, 100 key',
    prepare() {
      const dir = buildFixtureSite(syntheticTimeline({ events: 1500, key: 100 }));
      return { dist: join(dir, 'dist'), data: join(dir, 'timeline.json'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];

/** What one event's entry on the page holds, read in one pass over the page. */
interface Entry {
  id: string;
  list: 'key' | 'more';
  period: string | null;
  inDetails: boolean;
  kind: string | null;
  date: string | null;
  times: (string | null)[];
  text: string;
  /** The date as words: the card's date line, or what precedes a compact entry's title. */
  dateText: string;
  /** The card's date line with its badges, or a compact entry's notes (sources, planned, background). */
  notes: string;
  quotes: string[];
  links: (string | null)[];
}

async function entries(page: Page): Promise<Entry[]> {
  return page.locator('main ol.event-list > li, main ol.more-list > li').evaluateAll((lis) =>
    lis.map((el) => ({
      id: el.id,
      list: el.parentElement?.classList.contains('more-list') ? ('more' as const) : ('key' as const),
      period: el.closest('section.period')?.getAttribute('aria-labelledby') ?? null,
      inDetails: !!el.closest('details'),
      kind: el.getAttribute('data-kind'),
      date: el.getAttribute('data-date'),
      times: [...el.querySelectorAll('time')].map((t) => t.getAttribute('datetime')),
      text: el.textContent?.replace(/\s+/g, ' ') ?? '',
      dateText: (el.querySelector('.event__when')?.textContent ??
        [...el.childNodes].slice(0, [...el.childNodes].findIndex((n) => n.nodeName === 'A')).map((n) => n.textContent).join('')).replace(/\s+/g, ' ').trim(),
      notes: (el.querySelector('.event__date') ?? el.querySelector(':scope > span'))?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      quotes: [...el.querySelectorAll('blockquote, q')].map((q) => q.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      links: [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    })),
  );
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayWords = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

describe.each(SITES)('site ($name)', (site) => {
  let server: StaticServer;
  let dist: string;
  let dataText: string;
  let data: Timeline;
  let cleanup: (() => void) | undefined;
  let key: TimelineEvent[];
  let more: TimelineEvent[];
  const go = (path = '/', options: BrowserContextOptions = {}) => open(server.origin, path, options);

  beforeAll(async () => {
    const ready = site.prepare();
    dist = ready.dist;
    cleanup = ready.cleanup;
    dataText = readFileSync(ready.data, 'utf8');
    data = parseTimeline(JSON.parse(dataText));
    key = data.events.filter((e) => e.tier === 'key').sort(byDate);
    more = data.events.filter((e) => e.tier === 'more').sort(byDate);
    server = await serveDir(dist);
  });

  afterAll(async () => {
    await server?.close();
    cleanup?.();
  });

  it('loads with no console error, no failed request and nothing fetched from another host', async () => {
    const { page, context, problems } = await go('/');
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

  it('lists every event once: key events in full, the others compactly inside their period’s <details> or on its own page, periods in date order', async () => {
    const { page, context } = await go('/', { javaScriptEnabled: false });
    try {
      const onIndex = await entries(page);
      // The order periods() gives: period by period, key events then the others (unless on the period's page), each in date order.
      const list = periods([...data.events].sort(byDate));
      const paged = periodsOnPages(list);
      expect(onIndex.map((e) => e.id)).toEqual(list.flatMap((p) => [...p.keyEvents, ...(paged.has(p.key) ? [] : p.more)].map((e) => e.id)));
      const onPages: Entry[] = [];
      for (const period of list.filter((p) => paged.has(p.key))) {
        await page.goto(`${server.origin}/periods/${period.key}/`);
        const found = await entries(page);
        expect(found.map((e) => e.id), period.key).toEqual([...period.keyEvents, ...period.more].map((e) => e.id));
        onPages.push(...found.filter((e) => e.list === 'more'));
      }
      const found = [...onIndex, ...onPages];
      expect(found.map((e) => e.id).sort()).toEqual(data.events.map((e) => e.id).sort());
      await page.goto(`${server.origin}/`);
      // Period headings name their periods, in time order.
      const headings = await page.locator('main section.period > h3').evaluateAll((hs) => hs.map((h) => h.id));
      expect(headings).toEqual([...headings].sort());
      expect(new Set(headings).size).toBe(headings.length);

      const sourceById = new Map(data.sources.map((s) => [s.id, s]));
      const nameOf = (id: string) => {
        const source = sourceById.get(id)!;
        return squash(source.outlet?.trim() || source.title?.trim() || source.file);
      };
      const byId = new Map(found.map((e) => [e.id, e]));
      for (const event of data.events) {
        const info = byId.get(event.id)!;
        expect(info.list, event.id).toBe(event.tier);
        expect(info.inDetails, event.id).toBe(event.tier === 'more' && onIndex.includes(info));
        expect(info.times[0], event.id).toBe(event.date.start);
        if (event.date.end && event.date.end !== event.date.start) expect(info.times, event.id).toContain(event.date.end);
        expect(info.text, event.id).toContain(squash(event.title));
        if (event.kind === 'background') expect(info.notes, event.id).toMatch(/\bbackground\b/i);
        // Dates said honestly: a publication day is "reported …"; planned events say so in words.
        if (event.date.basis === 'publication') expect(info.dateText, event.id).toMatch(/^reported \d/);
        else expect(info.dateText, event.id).not.toMatch(/reported/);
        expect(info.notes, event.id).toMatch(event.status === 'planned' ? /\bplanned\b/i : /^(?!.*\bplanned\b)/i);
        if (event.date.basis === 'publication' && event.date.precision === 'day' && !event.date.end) {
          expect(info.dateText, event.id).toBe(`reported ${dayWords(event.date.start)}`);
        }
        if (event.tier === 'more') {
          expect(info.links, event.id).toContain(`/events/${event.id}/`);
          const n = new Set(event.mentions.map((m) => m.source)).size;
          expect(info.notes, event.id).toMatch(new RegExp(`^${n} sources?\\b`));
          continue;
        }
        expect(info.kind, event.id).toBe(event.kind);
        expect(info.date, event.id).toBe(event.date.start);
        // A few quotes in full (one per source first), every source named, web sources linked.
        const { shown } = quotesShown(event.mentions);
        expect(info.quotes, event.id).toEqual(shown.map((m) => squash(m.quote)));
        for (const mention of event.mentions) expect(info.text, `${event.id}: source name`).toContain(nameOf(mention.source));
        for (const mention of shown) {
          const url = sourceById.get(mention.source)!.url;
          if (url && /^https?:/.test(url)) expect(info.links, `${event.id}: source link`).toContain(url);
        }
      }
    } finally {
      await context.close();
    }
  });

  it('draws one overview mark per key event, each linking to its event, and counts the others', async () => {
    const { page, context } = await go('/');
    try {
      const marks = await page.locator('svg.overview-svg a.mark').evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href'), planned: a.classList.contains('mark--planned'), title: a.querySelector('title')?.textContent ?? '' })),
      );
      expect(new Set(marks.map((m) => m.href))).toEqual(new Set(key.map((e) => `#${e.id}`)));
      expect(marks).toHaveLength(key.length);
      for (const [i, event] of key.entries()) {
        expect(marks[i]!.planned, event.id).toBe(event.status === 'planned');
        if (event.status === 'planned') expect(marks[i]!.title, event.id).toMatch(/planned/);
      }
      const count = await page.locator('[data-overview-count]').textContent();
      if (more.length > 0) expect(count).toContain(`${more.length.toLocaleString('en-US')} more event`);
      if (key.some((e) => e.status === 'planned')) await expect(page.locator('.legend').textContent()).resolves.toMatch(/Planned/);
    } finally {
      await context.close();
    }
  });

  it('activating a mark goes to its event in the list', async (ctx) => {
    if (key.length === 0) ctx.skip();
    const { page, context } = await go('/');
    try {
      const last = key.at(-1)!.id;
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

  it('is complete with JavaScript off: key events, the SVG, the other events inside <details>, no dead controls', async () => {
    const { page, context, problems } = await go('/', { javaScriptEnabled: false });
    try {
      await expect(page.locator('main ol.event-list > li').count()).resolves.toBe(key.length);
      await expect(page.locator('svg.overview-svg a.mark').count()).resolves.toBe(key.length);
      if (key.length > 0) await expect(page.locator('svg.overview-svg .axis').count()).resolves.toBeGreaterThan(0);
      await expect(page.getByRole('button', { name: 'Zoom in' }).isVisible()).resolves.toBe(false);
      const disclosures = await page.locator('main details.more').evaluateAll((ds) =>
        ds.map((d) => ({ open: (d as HTMLDetailsElement).open, summary: d.querySelector('summary')?.textContent ?? '', n: d.querySelectorAll('ol.more-list > li').length })),
      );
      // A busy period's other events are on its page, and the link says how many.
      const paged = new Map(periods([...data.events].sort(byDate)).map((p) => [p.key, p.more.length]));
      const pageLinks = await page.locator('main a[data-period-page]').evaluateAll((as) => as.map((a) => ({ key: a.getAttribute('data-period-page')!, text: a.textContent!.trim() })));
      for (const link of pageLinks) expect(link.text).toBe(`${paged.get(link.key)!.toLocaleString('en-US')} more event${paged.get(link.key) === 1 ? '' : 's'}`);
      const onPages = pageLinks.reduce((sum, l) => sum + paged.get(l.key)!, 0);
      expect(disclosures.reduce((sum, d) => sum + d.n, 0) + onPages).toBe(more.length);
      for (const d of disclosures) {
        expect(d.open).toBe(false);
        expect(d.summary).toBe(`${d.n.toLocaleString('en-US')} more event${d.n === 1 ? '' : 's'}`);
      }
      const firstInline = disclosures.length > 0 ? await page.locator('main details.more ol.more-list > li').first().getAttribute('id') : null;
      if (firstInline) {
        // The disclosure opens without script, and its events are then shown.
        const first = page.locator(`li[id="${firstInline}"]`);
        await expect(first.isVisible()).resolves.toBe(false);
        await first.locator('xpath=ancestor::details[1]/summary').click();
        await expect(first.isVisible()).resolves.toBe(true);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a deep link to an event inside a closed <details> opens it and lands there, on load and on hashchange', async (ctx) => {
    const list = periods([...data.events].sort(byDate));
    const paged = periodsOnPages(list);
    const inline = list.filter((p) => !paged.has(p.key)).flatMap((p) => p.more);
    if (inline.length < 2) ctx.skip();
    const target = inline[Math.floor(inline.length / 2)]!;
    const { page, context, problems } = await go(`/#${target.id}`);
    try {
      const li = page.locator(`li[id="${target.id}"]`);
      const state = () =>
        li.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return { open: el.closest('details')?.open ?? false, inView: r.top >= 0 && r.bottom <= window.innerHeight, focused: document.activeElement === el };
        });
      await expect.poll(state).toEqual({ open: true, inView: true, focused: true });
      // Another period's closed disclosure, reached by changing the hash in the page.
      const other = inline.find((e) => e.id !== target.id && e.date.start.slice(0, 4) !== target.date.start.slice(0, 4)) ?? inline[0]!;
      const otherLi = page.locator(`li[id="${other.id}"]`);
      await page.evaluate((id) => {
        location.hash = id;
      }, other.id);
      await expect
        .poll(() =>
          otherLi.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return { open: el.closest('details')?.open ?? false, inView: r.top >= 0 && r.bottom <= window.innerHeight };
          }),
        )
        .toEqual({ open: true, inView: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('serves /timeline.json, identical to the data it was built from and valid', async () => {
    const { page, context } = await go('/');
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
    const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
    const allowed = new Set(data.sources.map((s) => s.url).filter((u): u is string => !!u));
    const external = [...html.matchAll(/\b(?:href|src|cite|action|srcset)="([^"]+)"/g)]
      .map((m) => m[1]!.replace(/&amp;/g, '&'))
      .filter((u) => /^(https?:)?\/\//i.test(u) && !allowed.has(u));
    expect(external).toEqual([]);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
  });

  it('keeps the page light: well under 1 MB for 1,500 events (bytes raw and gzipped are logged)', () => {
    const html = readFileSync(resolve(dist, 'index.html'));
    const gz = gzipSync(html, { level: 9 }).length;
    console.log(`${site.name}: ${data.events.length} events (${key.length} key): index.html ${html.length} bytes, ${gz} gzipped`);
    // About 0.5 kB per event at most (the key ones carry quotes).
    expect(html.length).toBeLessThan(64_000 + 640 * data.events.length);
    if (data.events.length >= 1000) expect(html.length).toBeLessThan(1_000_000);
  });
});

describe('seed story (the real pipeline output from seeds/)', () => {
  /** Dates the five seed articles establish; the pipeline must find each as an event. */
  const SEED_DATES = ['2023-03', '2024-05-12', '2024-06-23', '2024-06-25', '2024-07-12'];
  let server: StaticServer;
  let data: Timeline;

  beforeAll(async () => {
    data = parseTimeline(JSON.parse(readFileSync(SITES[0]!.prepare().data, 'utf8')));
    server = await serveDir(DIST);
  });

  afterAll(async () => {
    await server?.close();
  });

  it.each(SEED_DATES)('has an event on %s, listed with its <time datetime>', async (date) => {
    const matches = data.events.filter((e) => e.date.start === date || e.date.start.startsWith(`${date}T`));
    expect(matches.length, `no event dated ${date} in src/data/timeline.json`).toBeGreaterThan(0);
    const { page, context } = await open(server.origin, '/', { javaScriptEnabled: false });
    try {
      for (const event of matches) {
        // The entry's first <time> is its date (the ones after it date the quoted articles).
        await expect(page.locator(`li[id="${event.id}"] time`).first().getAttribute('datetime')).resolves.toBe(event.date.start);
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
