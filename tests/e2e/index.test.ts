/**
 * The index as a reader uses it (issue 9): complete with JavaScript off,
 * deep links that land on any event (inside a closed disclosure or on its
 * period's page), search and filters restored from the URL, the theme
 * toggle, print, and no axe-core violation in either theme. Runs on the
 * seed site (dist/, which `npm test` builds first) and on a synthetic
 * 1,500-event fixture site large enough to move busy periods to pages.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTimeline, type Timeline, type TimelineEvent } from '../../src/pipeline/schema';
import { buildFixtureSite } from './buildFixtureSite';
import { CHROMIUM, serveDir, type StaticServer } from './serve';
import { syntheticTimeline } from './synthetic';
import { openWatched, seriousAxeViolations } from './watchedPage';

const ROOT = resolve(import.meta.dirname, '../..');

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
});

interface Site {
  dist: string;
  data: Timeline;
  server: StaticServer;
  cleanup?: () => void;
}

async function serveSite(dist: string, dataFile: string, cleanup?: () => void): Promise<Site> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: build the site first (npm test does).`);
  return { dist, data: parseTimeline(JSON.parse(readFileSync(dataFile, 'utf8'))), server: await serveDir(dist), ...(cleanup ? { cleanup } : {}) };
}

const words = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
const visibleIds = (page: import('playwright-core').Page) =>
  page.locator('section.events li.event, section.events .more-list > li').evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden && !li.closest('[hidden]')).map((li) => li.id));

describe('index (seed site)', () => {
  let site: Site;
  const url = (path = '/') => `${site.server.origin}${path}`;

  beforeAll(async () => {
    site = await serveSite(resolve(ROOT, 'dist'), resolve(ROOT, 'src/data/timeline.json'));
  });
  afterAll(async () => site?.server.close());

  it('reads complete with JavaScript off: every key event as a card, every other one inside its period’s disclosure', async () => {
    const { page, context, problems } = await openWatched(browser, url(), { javaScriptEnabled: false });
    try {
      const cards = await page.locator('li.event').evaluateAll((lis) => lis.map((li) => li.id));
      expect(cards.sort()).toEqual(site.data.events.filter((e) => e.tier === 'key').map((e) => e.id).sort());
      const inside = await page.locator('details.more li').evaluateAll((lis) => lis.map((li) => li.id));
      expect(inside.sort()).toEqual(site.data.events.filter((e) => e.tier === 'more').map((e) => e.id).sort());
      // Controls that need the script stay out of the way.
      await expect(page.locator('form[data-finder]').isVisible()).resolves.toBe(false);
      await expect(page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens the disclosure of a deep-linked event that is not key, and lands on it', async () => {
    const target = site.data.events.find((e) => e.tier === 'more');
    expect(target, 'the seed story has events beyond its key ones').toBeDefined();
    const { page, context, problems } = await openWatched(browser, url(`/#${target!.id}`));
    try {
      const state = await page.evaluate((id) => {
        const el = document.getElementById(id)!;
        const box = el.getBoundingClientRect();
        return { open: el.closest('details')?.open, focused: document.activeElement === el, inView: box.top >= 0 && box.top < innerHeight };
      }, target!.id);
      expect(state).toEqual({ open: true, focused: true, inView: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('restores a search from the URL, shows only what matches, and keeps the URL in step as the reader types', async () => {
    // A word of one key event's title that is no month name (dates are searchable too).
    const event = site.data.events.find((e) => e.tier === 'key' && e.title.split(/\s+/).some((w) => w.length >= 6))!;
    const word = event.title.split(/\s+/).filter((w) => w.length >= 6 && /^\p{L}+$/u.test(w))[0]!;
    const told = (e: TimelineEvent) => words([e.title, e.summary.slice(0, 200), ...e.actors].join(' ')).includes(words(word));
    const { page, context, problems } = await openWatched(browser, url(`/?q=${encodeURIComponent(word)}`));
    try {
      await expect(page.locator('#finder-q').inputValue()).resolves.toBe(word);
      await page.waitForFunction(() => document.querySelector('[data-finder-status]')?.textContent !== '');
      const shown = await visibleIds(page);
      expect(shown).toContain(event.id);
      expect(shown.sort()).toEqual(site.data.events.filter(told).map((e) => e.id).sort());
      await expect(page.locator('[data-finder-status]').textContent()).resolves.toMatch(new RegExp(`^${shown.length} events? match`));
      // The overview fades what the search leaves out, and not what it found.
      const keyLeftOut = site.data.events.filter((e) => e.tier === 'key' && !told(e)).length;
      if (keyLeftOut > 0) expect(await page.locator('svg.overview-svg .is-unmatched').count()).toBeGreaterThan(0);
      await expect(page.locator(`svg.overview-svg a.mark[data-id="${event.id}"].is-unmatched`).count()).resolves.toBe(0);

      await page.fill('#finder-q', '');
      await page.waitForFunction(() => !location.search.includes('q='));
      expect((await visibleIds(page)).length).toBe(site.data.events.length);
      await expect(page.locator('svg.overview-svg .is-unmatched').count()).resolves.toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('filters by actor and by kind, and a reload restores both', async () => {
    const counts = new Map<string, number>();
    for (const e of site.data.events) for (const a of new Set(e.actors)) counts.set(a, (counts.get(a) ?? 0) + 1);
    const actor = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const expected = site.data.events.filter((e) => e.actors.includes(actor) && e.kind === 'main').map((e) => e.id).sort();
    const { page, context, problems } = await openWatched(browser, url('/'));
    try {
      await page.focus('#finder-q');
      await page.waitForFunction(() => document.querySelectorAll('#finder-actor option').length > 1);
      await page.selectOption('#finder-actor', actor);
      await page.selectOption('#finder-kind', 'main');
      await page.waitForFunction(() => location.search.includes('kind=main') && location.search.includes('actor='));
      await page.waitForFunction(() => document.querySelector('[data-finder-status]')?.textContent !== '');
      expect((await visibleIds(page)).sort()).toEqual(expected);

      await page.reload();
      await page.waitForFunction(() => document.querySelector('[data-finder-status]')?.textContent !== '');
      await expect(page.locator('#finder-actor').inputValue()).resolves.toBe(actor);
      await expect(page.locator('#finder-kind').inputValue()).resolves.toBe('main');
      expect((await visibleIds(page)).sort()).toEqual(expected);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('switches to the dark theme and keeps the choice on the next visit', async () => {
    const { page, context, problems } = await openWatched(browser, url('/'), { colorScheme: 'light' });
    try {
      const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await paper();
      await page.click('[data-theme-toggle]');
      await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
      await expect(page.getAttribute('[data-theme-toggle]', 'aria-pressed')).resolves.toBe('true');
      expect(await paper()).not.toBe(light);
      await page.reload();
      await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
      expect(await paper()).not.toBe(light);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('follows the system theme when the reader has not chosen', async () => {
    const { page, context } = await openWatched(browser, url('/'), { colorScheme: 'dark' });
    try {
      const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
      // Dark paper, light ink.
      const lum = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
      expect(lum(bg)).toBeLessThan(lum(fg));
    } finally {
      await context.close();
    }
  });

  it('prints a clean dated list: no overview, no controls, every disclosure open', async () => {
    const { page, context } = await openWatched(browser, url('/'));
    try {
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await expect(page.locator('.overview').isVisible()).resolves.toBe(false);
      await expect(page.locator('form[data-finder]').isVisible()).resolves.toBe(false);
      await expect(page.locator('[data-theme-toggle]').isVisible()).resolves.toBe(false);
      await expect(page.locator('details:not([open])').count()).resolves.toBe(0);
      await expect(page.locator('li.event').first().isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no serious axe-core violation in the %s theme, disclosures closed and open', async (colorScheme) => {
    const { page, context } = await openWatched(browser, url('/'), { colorScheme });
    try {
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('index (synthetic 1,500 events in Ukrainian: busy periods on pages of their own)', () => {
  let site: Site;
  const url = (path = '/') => `${site.server.origin}${path}`;

  beforeAll(async () => {
    // The story's language set to Ukrainian: the page must speak it (words, dates, plurals).
    const dir = buildFixtureSite({ ...syntheticTimeline({ events: 1500, key: 100 }), language: 'uk' });
    site = await serveSite(join(dir, 'dist'), join(dir, 'timeline.json'), () => rmSync(dir, { recursive: true, force: true }));
  }, 300_000);
  afterAll(async () => {
    await site?.server.close();
    site?.cleanup?.();
  });

  /** Every event reachable from the index without JavaScript: id → the page (dist path) that lists it. */
  function whereListed(): Map<string, string> {
    const where = new Map<string, string>();
    const index = readFileSync(join(site.dist, 'index.html'), 'utf8');
    const idsIn = (html: string) => [...html.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]!);
    for (const id of idsIn(index)) where.set(id, 'index.html');
    for (const [, key] of index.matchAll(/data-period-page="([^"]+)"/g)) {
      const file = join('periods', key!, 'index.html');
      for (const id of idsIn(readFileSync(join(site.dist, file), 'utf8'))) if (!where.has(id)) where.set(id, file);
    }
    return where;
  }

  it('lists every event in the index or on a period page the index links to', () => {
    const where = whereListed();
    expect([...where.keys()].sort()).toEqual(site.data.events.map((e) => e.id).sort());
    expect(site.data.events.filter((e) => e.tier === 'key').every((e) => where.get(e.id) === 'index.html')).toBe(true);
    expect([...where.values()].some((file) => file.startsWith('periods/')), 'a story this size moves some periods to pages').toBe(true);
  });

  it('speaks the story’s language: lang, headings, dates and counts in Ukrainian', async () => {
    const { page, context, problems } = await openWatched(browser, url('/'), { javaScriptEnabled: false });
    try {
      await expect(page.getAttribute('html', 'lang')).resolves.toBe('uk');
      await expect(page.locator('#events-heading').textContent()).resolves.toBe('Події');
      const day = site.data.events.find((e) => e.tier === 'key' && e.date.precision === 'day' && !e.date.end && e.date.basis === 'expression')!;
      const expected = new Intl.DateTimeFormat('uk', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day.date.start}T00:00:00Z`));
      await expect(page.locator(`li[id="${day.id}"] .event__when`).textContent()).resolves.toBe(expected);
      // "ще 5 подій", "ще 3 події", "ще 21 подія": Ukrainian plural forms.
      const links = await page.locator('a[data-period-page]').allTextContents();
      expect(links.length).toBeGreaterThan(0);
      for (const text of links) expect(text.trim()).toMatch(/^ще [\d\s\u00a0]+ поді(я|ї|й)$/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('sends a deep link to an event on a period page there, and lands on it', async () => {
    const [id, file] = [...whereListed()].find(([, f]) => f.startsWith('periods/'))!;
    const { page, context, problems } = await openWatched(browser, url(`/#${id}`));
    try {
      await page.waitForURL((u) => u.pathname === `/${file.replace(/index\.html$/, '')}` && u.hash === `#${id}`);
      await page.waitForLoadState('load');
      const inView = await page.evaluate((target) => {
        const box = document.getElementById(target)!.getBoundingClientRect();
        return box.top >= 0 && box.top < innerHeight;
      }, id);
      expect(inView).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds events that live on period pages and links to them', async () => {
    const [id] = [...whereListed()].find(([, f]) => f.startsWith('periods/'))!;
    const event = site.data.events.find((e) => e.id === id)!;
    const { page, context, problems } = await openWatched(browser, url(`/?q=${encodeURIComponent(event.title)}`));
    try {
      await page.waitForFunction(() => document.querySelector('[data-finder-status]')?.textContent !== '');
      await expect(page.locator(`[data-finder-elsewhere] a[href="#${id}"]`).count()).resolves.toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no serious axe-core violation on the index and a period page in the %s theme', async (colorScheme) => {
    const [, file] = [...whereListed()].find(([, f]) => f.startsWith('periods/'))!;
    for (const path of ['/', `/${file.replace(/index\.html$/, '')}`]) {
      const { page, context, problems } = await openWatched(browser, url(path), { colorScheme });
      try {
        expect(await seriousAxeViolations(page), path).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
  }, 180_000);
});
