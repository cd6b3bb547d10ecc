/**
 * The overview as a reader uses it (issue 9, items 1, 2, 5 and 6), in
 * Debian's Chromium: one Tab stop with arrows, Home/End and Enter inside and
 * a polite live region; zoom with keys and buttons, "Fit all"; clusters that
 * count their events and come apart when zoomed; the marks of the cards in
 * view highlighted as the list scrolls; a sticky overview that fits phones;
 * every mark a working link with JavaScript off; ticks in the page's
 * language. Every page is watched for console errors and requests to other
 * hosts. Runs on the seed site (dist/, which `npm test` builds first), on a
 * synthetic 1,500-event fixture site (100 key events: clusters), and on the
 * seed timeline rebuilt in Russian.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareEvents } from '../../src/pipeline/eventOrder';
import { parseTimeline, type Timeline, type TimelineEvent } from '../../src/pipeline/schema';
import { dateSpan } from '../../src/timeline/dates';
import { buildFixtureSite } from './buildFixtureSite';
import { CHROMIUM, serveDir, type StaticServer } from './serve';
import { syntheticTimeline } from './synthetic';
import { openWatched, type WatchedPage } from './watchedPage';

const ROOT = resolve(import.meta.dirname, '../..');

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
});

interface Site {
  name: string;
  prepare(): { dist: string; data: string };
}

/** The synthetic fixture, built once for every block that needs it (astro builds share .astro/ and take seconds). */
let syntheticDir: string | undefined;
function syntheticSite(): { dist: string; data: string } {
  syntheticDir ??= buildFixtureSite(syntheticTimeline({ events: 1500, key: 100 }));
  return { dist: join(syntheticDir, 'dist'), data: join(syntheticDir, 'timeline.json') };
}

afterAll(() => {
  if (syntheticDir) rmSync(syntheticDir, { recursive: true, force: true });
});

const SITES: Site[] = [
  {
    name: 'seed site (dist/)',
    prepare() {
      const dist = resolve(ROOT, 'dist');
      if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: build the site first (`npm test` does; by hand: `npm run build`).');
      return { dist, data: resolve(ROOT, 'src/data/timeline.json') };
    },
  },
  {
    name: 'synthetic 1,500 events, 100 key',
    prepare: syntheticSite,
  },
];

/** What the page's focus is on, in the overview's terms. */
interface Focused {
  kind: 'mark' | 'cluster' | 'other';
  ids: string[];
  inOverview: boolean;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement;
    const inOverview = !!el?.closest('[data-overview]');
    if (el?.matches('a.mark')) return { kind: 'mark' as const, ids: [(el as SVGElement).dataset.id ?? ''], inOverview };
    if (el?.matches('g.cluster')) return { kind: 'cluster' as const, ids: ((el as SVGElement).dataset.ids ?? '').split(' '), inOverview };
    return { kind: 'other' as const, ids: [el?.id ?? ''], inOverview };
  });

const liveText = (page: Page) => page.locator('[data-overview-live]').textContent();
const captionText = (page: Page) => page.locator('[data-overview-caption]').textContent();
const view = async (page: Page): Promise<[number, number]> => {
  const [a, b] = ((await page.locator('svg.overview-svg').getAttribute('data-view')) ?? '0 0').split(' ').map(Number);
  return [a!, b!];
};
const transform = (page: Page) => page.locator('svg.overview-svg').getAttribute('data-transform');
const tickLabels = (page: Page) => page.locator('svg.overview-svg .tick text').allTextContents();
const startOf = (e: TimelineEvent) => dateSpan(e.date)[0].getTime();
const endOf = (e: TimelineEvent) => dateSpan(e.date)[1].getTime();

/** Tabs from the top of the page until focus enters the overview; returns the focus then and after one more Tab. */
async function tabThrough(page: Page): Promise<{ entered: Focused; after: Focused; presses: number }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 1; presses <= 30; presses++) {
    await page.keyboard.press('Tab');
    const entered = await focused(page);
    if (!entered.inOverview) continue;
    await page.keyboard.press('Tab');
    return { entered, after: await focused(page), presses };
  }
  throw new Error('30 Tabs never reached the overview');
}

describe.each(SITES)('overview: $name', (site) => {
  let server: StaticServer;
  let data: Timeline;
  let key: TimelineEvent[];
  const go = (options: BrowserContextOptions = {}, path = '/'): Promise<WatchedPage> => openWatched(browser, `${server.origin}${path}`, options);
  const byId = () => new Map(key.map((e) => [e.id, e]));
  const order = () => new Map(key.map((e, i) => [e.id, i]));

  beforeAll(async () => {
    const ready = site.prepare();
    data = parseTimeline(JSON.parse(readFileSync(ready.data, 'utf8')));
    key = data.events.filter((e) => e.tier === 'key').sort(compareEvents);
    server = await serveDir(ready.dist);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it('is one Tab stop: one Tab lands on a mark (or cluster), the next leaves the overview', async () => {
    const { page, context, problems } = await go();
    try {
      await expect(page.locator('svg.overview-svg [tabindex="0"]').count()).resolves.toBe(1);
      const { entered, after } = await tabThrough(page);
      expect(entered.kind).not.toBe('other');
      expect(after.inOverview).toBe(false);
      // Focus shows in words: the caption names what is focused.
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page)).kind).not.toBe('other');
      expect(await captionText(page)).toBe(await liveText(page));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('moves between events in date order with the arrows, Home and End, and says each one’s date and title', async () => {
    const { page, context, problems } = await go();
    try {
      await page.locator('svg.overview-svg [tabindex="0"]').focus();
      await page.keyboard.press('Home');
      const first = await focused(page);
      expect(first.ids).toContain(key[0]!.id);
      const rank = order();
      const events = byId();
      const said: string[] = [];
      let previous = first;
      for (let step = 0; step < 12; step++) {
        const text = (await liveText(page)) ?? '';
        said.push(text);
        if (previous.kind === 'mark') {
          const event = events.get(previous.ids[0]!)!;
          // "<date as on its card>: <title>", and nothing else but a planned/background note.
          const when = await page.locator(`a.mark[data-id="${event.id}"]`).getAttribute('data-when');
          expect(text.startsWith(`${when}: ${event.title}`), text).toBe(true);
          expect(text).toMatch(event.date.basis === 'publication' ? /^reported / : /^(?!reported)/);
        } else {
          expect(text).toMatch(new RegExp(`^${previous.ids.length} events, `));
        }
        await page.keyboard.press('ArrowRight');
        const next = await focused(page);
        if (next.ids.join() === previous.ids.join()) break; // the last one
        expect(next.kind).not.toBe('other');
        // Items come in the date order of their first events (a cluster's members are in date order too).
        expect(rank.get(next.ids[0]!)!).toBeGreaterThan(rank.get(previous.ids[0]!)!);
        expect(next.ids.map((id) => rank.get(id)!)).toEqual([...next.ids.map((id) => rank.get(id)!)].sort((a, b) => a - b));
        // The view follows the focus.
        const x = await page.evaluate(() => {
          const el = document.activeElement as SVGGraphicsElement;
          const box = el.getBoundingClientRect();
          const frame = document.querySelector('.overview__frame')!.getBoundingClientRect();
          return { mid: box.left + box.width / 2, left: frame.left, right: frame.right };
        });
        expect(x.mid).toBeGreaterThan(x.left);
        expect(x.mid).toBeLessThan(x.right);
        previous = next;
      }
      expect(new Set(said).size).toBe(said.length);
      await page.keyboard.press('End');
      expect((await focused(page)).ids).toContain(key.at(-1)!.id);
      await page.keyboard.press('ArrowLeft');
      const back = await focused(page);
      expect(back.ids).not.toContain(key.at(-1)!.id);
      await page.locator('[data-overview-live][aria-live="polite"]').waitFor({ state: 'attached' });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Enter on a mark moves focus to its card, in view below the sticky overview; a click does the same', async () => {
    const { page, context, problems } = await go();
    try {
      await page.locator('svg.overview-svg [tabindex="0"]').focus();
      await page.keyboard.press('End');
      // The last item, or the nearest mark before it.
      let target = await focused(page);
      for (let i = 0; i < 20 && target.kind !== 'mark'; i++) {
        await page.keyboard.press('ArrowLeft');
        target = await focused(page);
      }
      expect(target.kind).toBe('mark');
      const id = target.ids[0]!;
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(id);
      expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
      const placed = () =>
        page.evaluate((cardId) => {
          const card = document.getElementById(cardId)!.getBoundingClientRect();
          const overview = document.querySelector('[data-overview]')!.getBoundingClientRect();
          return { belowOverview: card.top >= overview.bottom - 1, onScreen: card.top < innerHeight, stuck: Math.abs(overview.top) < 1 };
        }, id);
      await expect.poll(placed).toEqual({ belowOverview: true, onScreen: true, stuck: true });

      // A mouse click on another mark in sight.
      const spot = await page.evaluate(() => {
        const frame = document.querySelector('.overview__frame')!.getBoundingClientRect();
        for (const a of document.querySelectorAll<SVGAElement>('svg.overview-svg a.mark:not([hidden])')) {
          const dot = a.querySelector('.mark__dot, .mark__range')!.getBoundingClientRect();
          const x = dot.left + dot.width / 2;
          if (x > frame.left + 8 && x < frame.right - 8 && a.dataset.id !== location.hash.slice(1)) return { id: a.dataset.id!, x, y: dot.top + dot.height / 2 };
        }
        return null;
      });
      expect(spot).not.toBeNull();
      const otherId = spot!.id;
      await page.mouse.click(spot!.x, spot!.y);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(otherId);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('zooms with + and the zoom button (the visible range narrows, the ticks change) and "Fit all" shows every event again', async () => {
    const { page, context, problems } = await go();
    try {
      await page.getByRole('button', { name: 'Fit all' }).click();
      await expect.poll(() => transform(page)).toBe('translate(0,0) scale(1)');
      const all = await view(page);
      // Fit all: every key event within the view.
      expect(all[0]).toBeLessThanOrEqual(Math.min(...key.map(startOf)));
      expect(all[1]).toBeGreaterThanOrEqual(Math.max(...key.map((e) => (e.date.end ? endOf(e) : startOf(e)))));
      const ticksAll = await tickLabels(page);

      // Across axis breaks the time in view does not halve with each step, but it narrows, and the scale doubles.
      await page.locator('svg.overview-svg [tabindex="0"]').focus();
      await page.keyboard.press('+');
      const plus = await view(page);
      expect(plus[1] - plus[0]).toBeLessThan(all[1] - all[0]);
      expect(await transform(page)).toMatch(/scale\(2\)$/);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      const button = await view(page);
      expect(button[1] - button[0]).toBeLessThan(plus[1] - plus[0]);
      expect(await transform(page)).toMatch(/scale\(4\)$/);
      expect(await tickLabels(page)).not.toEqual(ticksAll);
      // After zooming in, the year is still on the axis.
      expect((await tickLabels(page)).join(' ')).toMatch(/\b\d{4}\b/);
      await page.keyboard.press('-');
      const minus = await view(page);
      expect(minus[1] - minus[0]).toBeGreaterThan(button[1] - button[0]);

      await page.keyboard.press('0');
      expect(await view(page)).toEqual(all);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Fit all' }).click();
      expect(await view(page)).toEqual(all);
      expect(await transform(page)).toBe('translate(0,0) scale(1)');
      expect(await tickLabels(page)).toEqual(ticksAll);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('zooms with the wheel over the figure and pans with a drag', async () => {
    const { page, context, problems } = await go();
    try {
      await page.getByRole('button', { name: 'Fit all' }).click();
      const box = (await page.locator('svg.overview-svg').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -300);
      await expect.poll(async () => Number(/scale\(([\d.]+)\)/.exec((await transform(page)) ?? '')![1])).toBeGreaterThan(1.5);
      const before = await view(page);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 8 });
      await page.mouse.up();
      // Dragging the figure left brings later times into view.
      await expect.poll(async () => (await view(page))[0]).toBeGreaterThan(before[0]);
      const after = await view(page);
      expect(after[1] - after[0]).toBeGreaterThan((before[1] - before[0]) * 0.9);
      // The drag did not follow a mark's link.
      expect(await page.evaluate(() => location.hash)).toBe('');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('zooms smoothly when motion is welcome, and still lands where asked', async () => {
    const { page, context, problems } = await go({ reducedMotion: 'no-preference' });
    try {
      await page.getByRole('button', { name: 'Fit all' }).click();
      await expect.poll(() => transform(page)).toBe('translate(0,0) scale(1)');
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(() => transform(page)).toMatch(/scale\(2\)$/);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('scrolling the list highlights the marks of the cards in view, and pans to them', async () => {
    const { page, context, problems } = await go();
    try {
      const target = key[Math.floor(key.length / 2)]!;
      const far = key.find((e) => Math.abs(startOf(e) - startOf(target)) > 40 * 86_400_000);
      // Zoom in far from the target first, so the overview has to move to show it.
      await page.locator('svg.overview-svg [tabindex="0"]').focus();
      await page.keyboard.press('Home');
      for (let i = 0; i < 4; i++) await page.keyboard.press('+');
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      await page.locator(`li.event[id="${target.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const state = () =>
        page.evaluate(
          ({ id, farId }) => {
            const item = [...document.querySelectorAll<SVGElement>('svg.overview-svg a.mark:not([hidden]), svg.overview-svg g.cluster')].find((el) =>
              (el.dataset.ids ?? el.dataset.id ?? '').split(' ').includes(id),
            );
            const farItem = farId
              ? [...document.querySelectorAll<SVGElement>('svg.overview-svg a.mark:not([hidden]), svg.overview-svg g.cluster')].find((el) => (el.dataset.ids ?? el.dataset.id ?? '').split(' ').includes(farId))
              : null;
            const box = item?.getBoundingClientRect();
            const frame = document.querySelector('.overview__frame')!.getBoundingClientRect();
            return {
              highlighted: item?.classList.contains('is-in-view') ?? false,
              inSight: !!box && box.left + box.width / 2 >= frame.left && box.left + box.width / 2 <= frame.right,
              farHighlighted: farItem?.classList.contains('is-in-view') ?? false,
            };
          },
          { id: target.id, farId: far?.id ?? null },
        );
      await expect.poll(state).toEqual({ highlighted: true, inSight: true, farHighlighted: false });
      // The Tab stop follows the reading: it is on the first card in view.
      const firstInView = await page.evaluate(() => {
        const bottom = document.querySelector('[data-overview]')!.getBoundingClientRect().bottom;
        return [...document.querySelectorAll('li.event')].find((li) => {
          const r = li.getBoundingClientRect();
          return r.bottom > bottom && r.top < innerHeight;
        })?.id;
      });
      const roving = await page.locator('svg.overview-svg [tabindex="0"]').evaluate((el) => ((el as SVGElement).dataset.ids ?? (el as SVGElement).dataset.id ?? '').split(' '));
      expect(roving).toContain(firstInView);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    [390, 844],
    [320, 640],
  ])('fits a %i×%i phone: no sideways page scroll, the sticky overview at most a third of the screen', async (width, height) => {
    const { page, context, problems } = await go({ viewport: { width, height }, isMobile: true, hasTouch: true });
    try {
      const measure = () =>
        page.evaluate(() => {
          const overview = document.querySelector('[data-overview]')!.getBoundingClientRect();
          const svg = document.querySelector('svg.overview-svg')!.getBoundingClientRect();
          const frame = document.querySelector('.overview__frame')!.getBoundingClientRect();
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth, innerHeight, height: overview.height, top: overview.top, svgWidth: svg.width, frameWidth: frame.width };
        });
      const before = await measure();
      expect(before.scrollWidth).toBeLessThanOrEqual(before.innerWidth);
      expect(before.height).toBeLessThanOrEqual(before.innerHeight / 3);
      // Drawn at the real width, not a wide figure shrunk or scrolled.
      expect(Math.abs(before.svgWidth - before.frameWidth)).toBeLessThan(1);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      const scrolled = await measure();
      expect(Math.abs(scrolled.top)).toBeLessThan(1);
      expect(scrolled.height).toBeLessThanOrEqual(scrolled.innerHeight / 3);
      expect(scrolled.scrollWidth).toBeLessThanOrEqual(scrolled.innerWidth);
      // The view opens on marks, not on empty background.
      await expect(page.locator('svg.overview-svg a.mark:not([hidden]), svg.overview-svg g.cluster').count()).resolves.toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('with JavaScript off, every key event has a mark whose link goes to its card, and the page does not scroll sideways', async () => {
    const { page, context, problems } = await go({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    try {
      const marks = await page.locator('svg.overview-svg a.mark').evaluateAll((as) => as.map((a) => ({ id: a.getAttribute('data-id'), href: a.getAttribute('href') })));
      expect(marks.map((m) => m.id)).toEqual(key.map((e) => e.id));
      for (const m of marks) expect(m.href).toBe(`#${m.id}`);
      const cards = await page.locator('li.event').evaluateAll((lis) => lis.map((li) => li.id));
      for (const e of key) expect(cards).toContain(e.id);
      const last = key.at(-1)!;
      await page.locator(`svg.overview-svg a.mark[data-id="${last.id}"]`).evaluate((a) => (a as unknown as SVGAElement).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${last.id}`);
      await expect(page.locator(`li.event[id="${last.id}"]`).evaluate((el) => el.matches(':target'))).resolves.toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('overview: clusters (synthetic 1,500 events on a phone)', () => {
  let server: StaticServer;
  let key: TimelineEvent[];

  beforeAll(async () => {
    const ready = syntheticSite();
    key = parseTimeline(JSON.parse(readFileSync(ready.data, 'utf8'))).events.filter((e) => e.tier === 'key').sort(compareEvents);
    server = await serveDir(ready.dist);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it('opens on the story’s key span, with a way back to everything', async () => {
    const { page, context, problems } = await openWatched(browser, `${server.origin}/`, { viewport: { width: 390, height: 844 } });
    try {
      const opened = await view(page);
      const starts = key.map(startOf);
      const inside = starts.filter((t) => t >= opened[0] && t <= opened[1]).length;
      expect(inside / key.length).toBeGreaterThanOrEqual(0.7);
      await page.getByRole('button', { name: 'Fit all' }).click();
      const all = await view(page);
      expect(all[1] - all[0]).toBeGreaterThan(opened[1] - opened[0]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows crowded marks as a cluster with its count, which comes apart as it is activated (click or Enter)', async () => {
    const { page, context, problems } = await openWatched(browser, `${server.origin}/`, { viewport: { width: 390, height: 844 } });
    try {
      await page.getByRole('button', { name: 'Fit all' }).click();
      const cluster = page.locator('svg.overview-svg g.cluster').first();
      await expect(cluster.count()).resolves.toBe(1);
      const ids = ((await cluster.getAttribute('data-ids')) ?? '').split(' ');
      expect(ids.length).toBeGreaterThan(2);
      await expect(cluster.locator('.cluster__count').textContent()).resolves.toBe(String(ids.length));
      await expect(cluster.locator('title').textContent()).resolves.toMatch(new RegExp(`^${ids.length} events, `));
      await expect(page.locator('[data-legend-cluster]').isVisible()).resolves.toBe(true);
      const member = ids[0]!;
      const memberItem = () =>
        page.evaluate((id) => {
          const mark = document.querySelector(`svg.overview-svg a.mark[data-id="${id}"]`)!;
          if (!mark.hasAttribute('hidden')) return 1;
          const holder = [...document.querySelectorAll<SVGElement>('svg.overview-svg g.cluster')].find((c) => (c.dataset.ids ?? '').split(' ').includes(id));
          return holder ? (holder.dataset.ids ?? '').split(' ').length : 0;
        }, member);
      expect(await memberItem()).toBe(ids.length);

      const k0 = Number(/scale\(([\d.]+)\)/.exec((await transform(page)) ?? '')![1]);
      await cluster.click();
      const k1 = Number(/scale\(([\d.]+)\)/.exec((await transform(page)) ?? '')![1]);
      expect(k1).toBeGreaterThan(k0);
      expect(await memberItem()).toBeLessThan(ids.length);
      // Keep activating from the keyboard until the first member stands alone.
      for (let i = 0; i < 6 && (await memberItem()) > 1; i++) {
        const f = await focused(page);
        expect(f.ids).toContain(member);
        await page.keyboard.press('Enter');
      }
      expect(await memberItem()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('overview: in Russian', () => {
  let server: StaticServer;
  let dir: string;

  beforeAll(async () => {
    const seed = parseTimeline(JSON.parse(readFileSync(resolve(ROOT, 'src/data/timeline.json'), 'utf8')));
    dir = buildFixtureSite({ ...seed, language: 'ru' });
    server = await serveDir(join(dir, 'dist'));
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('labels the axis in Russian, keeps the year after zooming in, and names the controls in Russian', async () => {
    const { page, context, problems } = await openWatched(browser, `${server.origin}/`);
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      const months = /янв|февр|мар|апр|ма[йя]|июн|июл|авг|сент|окт|нояб|дек/;
      expect((await tickLabels(page)).join(' ')).toMatch(months);
      await page.locator('svg.overview-svg [tabindex="0"]').focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('+');
      const zoomed = await tickLabels(page);
      expect(zoomed.join(' ')).toMatch(months);
      expect(zoomed.join(' ')).toMatch(/\b20\d\d\b/);
      await expect(page.getByRole('button', { name: 'Показать всё' }).isVisible()).resolves.toBe(true);
      expect(await liveText(page)).toMatch(/\d{4} г\.: /);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
