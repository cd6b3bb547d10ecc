/**
 * The event, sources and about pages (issue 9, item 4) in a real Chromium:
 * a page for every event with all of its quotes, neighbours and the way
 * back; every article on /sources/ with what it gave or why it gave
 * nothing; /about/ counting what timeline.json holds; the site nav; no
 * console error, no off-host request and no axe-core violation in either
 * colour scheme; every internal link resolving to a file in dist/.
 *
 * Runs on the seed site (dist/: `npm test` builds it first; by hand
 * `npm run timeline && ASTRO_TELEMETRY_DISABLED=1 npx astro build`) and on
 * a synthetic 1,500-event fixture site this file builds, with 'more',
 * planned, publication-dated and disputed events and articles that gave
 * none. `NEWSLINE_BUILD_10K=1` also builds a 10,000-event site and logs how
 * long Astro took.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareEvents } from '../../src/pipeline/eventOrder';
import { parseTimeline, type Source, type Timeline, type TimelineEvent } from '../../src/pipeline/schema';
import { stringsFor } from '../../src/timeline/strings';
import { buildFixtureSite } from './buildFixtureSite';
import { CHROMIUM, serveDir, type StaticServer } from './serve';
import { syntheticTimeline } from './synthetic';
import { axeViolations, openWatched } from './watchedPage';

const ROOT = resolve(import.meta.dirname, '../..');
/** How long a poll waits for the page to settle before it fails (the default is one second). */
const POLL_TIMEOUT_MS = 10_000;

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM.executablePath)) throw new Error(`${CHROMIUM.executablePath} is missing: install Debian's chromium package.`);
  browser = await chromium.launch(CHROMIUM);
});

afterAll(async () => {
  await browser?.close();
});

interface Site {
  name: string;
  /** dist folder and the timeline.json it was built from. */
  prepare(): { dist: string; data: string; cleanup?: () => void };
}

const SITES: Site[] = [
  {
    name: 'seed site, dist/',
    prepare() {
      const dist = resolve(ROOT, 'dist');
      if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: build the site first (`npm test` does).');
      return { dist, data: resolve(ROOT, 'src/data/timeline.json') };
    },
  },
  {
    name: 'fixture site, synthetic 1,500 events',
    prepare() {
      const dir = buildFixtureSite(withArticlesThatGaveNothing(syntheticTimeline({ events: 1500, key: 100, sources: 300 })));
      return { dist: join(dir, 'dist'), data: join(dir, 'timeline.json'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];

/** Two articles no event cites, as the pipeline writes them: one with its reason, one undated, in another language and with none. */
function withArticlesThatGaveNothing(timeline: Timeline): Timeline {
  const article = { title: null, url: null, author: null, language: 'en', published: null } as const;
  return {
    ...timeline,
    sources: [
      ...timeline.sources,
      { ...article, id: 'gazette-opinion', file: 'zz_opinion.md', outlet: 'The Test Gazette', title: 'Why this matters', note: 'no sentence in it ties a happening to a date' },
      { ...article, id: 'zz-undated', file: 'zz_undated.txt', outlet: null, language: 'uk' },
    ],
  };
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const nameOf = (source: Pick<Source, 'outlet' | 'title' | 'file'>) => squash(source.outlet?.trim() || source.title?.trim() || source.file);
const webUrl = (source: Source) => (source.url && /^https?:\/\//i.test(source.url) ? source.url : null);

/** Every .html file under `dir`. */
function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

describe.each(SITES)('event, sources and about pages ($name)', (site) => {
  let dist: string;
  let data: Timeline;
  let server: StaticServer;
  let cleanup: (() => void) | undefined;
  let ordered: TimelineEvent[];
  let sourceById: Map<string, Source>;
  const t = () => stringsFor(data.language);
  const url = (path: string) => `${server.origin}${path}`;

  beforeAll(async () => {
    const ready = site.prepare();
    dist = ready.dist;
    cleanup = ready.cleanup;
    data = parseTimeline(JSON.parse(readFileSync(ready.data, 'utf8')));
    ordered = [...data.events].sort(compareEvents);
    sourceById = new Map(data.sources.map((s) => [s.id, s]));
    server = await serveDir(dist);
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    cleanup?.();
  });

  /** The event of this tier with the most to show: disputes first, then most mentions. */
  const richest = (tier: TimelineEvent['tier']) =>
    [...data.events].filter((e) => e.tier === tier).sort((a, b) => b.disputes.length - a.disputes.length || b.mentions.length - a.mentions.length || compareEvents(a, b))[0];

  it('has a page for every event in timeline.json, and for nothing else', () => {
    const pages = readdirSync(join(dist, 'events')).filter((id) => existsSync(join(dist, 'events', id, 'index.html')));
    expect(pages.sort()).toEqual(data.events.map((e) => e.id).sort());
  });

  it.for(['key', 'more'] as const)('a %s event’s page holds all of it: date, title, every quote credited, disputes, neighbours, the way back', async (tier, ctx) => {
    const event = richest(tier);
    if (!event) return ctx.skip();
    const { page, context, problems } = await openWatched(browser, url(`/events/${event.id}/`));
    try {
      await expect(page.title()).resolves.toContain(event.title);
      expect(squash(await page.getAttribute('meta[name="description"]', 'content')).length).toBeGreaterThan(10);
      const article = page.locator('main article.event-page');
      expect(squash(await article.locator('h1').textContent())).toBe(squash(event.title));

      // The date as precisely as known, "reported" only for a publication day, and the badges.
      const head = article.locator('.event-page__date');
      const times = await head.locator('time').evaluateAll((ts) => ts.map((x) => x.getAttribute('datetime')));
      expect(times[0]).toBe(event.date.start);
      if (event.date.end && event.date.end !== event.date.start) expect(times).toContain(event.date.end);
      const headText = squash(await head.textContent());
      expect(/\breported\b/.test(headText), headText).toBe(event.date.basis === 'publication');
      expect(headText.includes(t().planned), headText).toBe(event.status === 'planned');
      expect(headText.includes(t().background), headText).toBe(event.kind === 'background');
      for (const actor of event.actors) await expect(article.locator('.event-page__actors').textContent()).resolves.toContain(actor);

      // Every mention, in full, credited.
      const mentions = await article.locator('ol.mentions > li').evaluateAll((lis) =>
        lis.map((li) => ({
          quote: li.querySelector('blockquote')?.textContent ?? '',
          caption: li.querySelector('figcaption')?.textContent ?? '',
          links: [...li.querySelectorAll('figcaption a[href]')].map((a) => a.getAttribute('href')),
          times: [...li.querySelectorAll('figcaption time')].map((x) => x.getAttribute('datetime')),
        })),
      );
      expect(mentions).toHaveLength(event.mentions.length);
      event.mentions.forEach((mention, i) => {
        const shown = mentions[i]!;
        const source = sourceById.get(mention.source)!;
        const caption = squash(shown.caption);
        expect(squash(shown.quote)).toBe(squash(mention.quote));
        expect(caption).toContain(nameOf(source));
        if (source.title && squash(source.title) !== nameOf(source)) expect(caption).toContain(squash(source.title));
        if (source.published) expect(shown.times).toContain(source.published.date);
        const link = webUrl(source);
        if (link) expect(shown.links).toContain(link);
        expect(shown.links).toContain(`/sources/#source-${source.id}`);
        if (mention.expression.trim()) expect(caption).toContain(`“${squash(mention.expression)}”`);
      });

      // Where accounts differ: each point, each account, each of its sources.
      const accounts = squash(await article.locator('.accounts').textContent({ timeout: 1000 }).catch(() => ''));
      for (const dispute of event.disputes) {
        expect(accounts).toContain(dispute.about);
        for (const account of dispute.accounts) {
          expect(accounts).toContain(account.value);
          for (const id of account.sources) expect(accounts).toContain(nameOf(sourceById.get(id)!));
        }
      }
      if (event.disputes.length === 0) expect(accounts).toBe('');

      // The neighbours in the story's order, linked to real pages.
      const at = ordered.findIndex((e) => e.id === event.id);
      const before = ordered[at - 1];
      const after = ordered[at + 1];
      const prev = await article.locator('a[rel="prev"]').getAttribute('href', { timeout: 1000 }).catch(() => null);
      const next = await article.locator('a[rel="next"]').getAttribute('href', { timeout: 1000 }).catch(() => null);
      expect(prev).toBe(before ? `/events/${before.id}/` : null);
      expect(next).toBe(after ? `/events/${after.id}/` : null);
      for (const href of [prev, next]) if (href) expect(existsSync(join(dist, href, 'index.html')), href).toBe(true);
      if (before) await expect(article.locator('.neighbours').textContent()).resolves.toContain(squash(before.title));

      // The way back lands on the event in the timeline (its disclosure opened, or its period's page).
      const back = article.locator('a[data-in-timeline]');
      expect(await back.getAttribute('href')).toBe(`/#${event.id}`);
      await back.click();
      await expect
        .poll(() =>
          page.evaluate((id) => {
            const el = document.getElementById(id);
            if (!el || location.hash !== `#${id}`) return 'not there';
            const box = el.getBoundingClientRect();
            return box.height > 0 && box.bottom > 0 && box.top < innerHeight ? 'in view' : 'out of view';
          }, event.id),
        // a 1,500-event index on a loaded 2-core machine takes longer than the default second to lay out and scroll
        { timeout: POLL_TIMEOUT_MS })
        .toBe('in view');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says so on the first and the last event’s page, with a link the other way', async () => {
    for (const [event, rel, none] of [
      [ordered[0]!, 'next', t().eventPageFirst],
      [ordered.at(-1)!, 'prev', t().eventPageLast],
    ] as const) {
      const { page, context, problems } = await openWatched(browser, url(`/events/${event.id}/`), { javaScriptEnabled: false });
      try {
        await expect(page.locator('.neighbours').textContent()).resolves.toContain(none);
        if (ordered.length > 1) await expect(page.locator(`.neighbours a[rel="${rel}"]`).count()).resolves.toBe(1);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('lists every article on /sources/ by publication date then name, with what it supports or why it gave nothing', async () => {
    const { page, context, problems } = await openWatched(browser, url('/sources/'), { javaScriptEnabled: false });
    try {
      const entries = await page.locator('ol.source-entries > li').evaluateAll((lis) =>
        lis.map((li) => ({
          id: li.id,
          text: li.textContent ?? '',
          eventLinks: [...li.querySelectorAll('dd a[href^="/events/"]')].map((a) => a.getAttribute('href')),
          published: li.querySelector('dd time')?.getAttribute('datetime') ?? null,
        })),
      );
      const expected = [...data.sources].sort((a, b) => {
        const da = a.published?.date ?? null;
        const db = b.published?.date ?? null;
        if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
        const na = nameOf(a).toLowerCase();
        const nb = nameOf(b).toLowerCase();
        return na !== nb ? (na < nb ? -1 : 1) : a.id < b.id ? -1 : 1;
      });
      expect(entries.map((e) => e.id)).toEqual(expected.map((s) => `source-${s.id}`));

      const citing = new Map<string, TimelineEvent[]>();
      for (const event of data.events) for (const id of new Set(event.mentions.map((m) => m.source))) citing.set(id, [...(citing.get(id) ?? []), event]);
      const languageNames = new Intl.DisplayNames([t().lang], { type: 'language' });
      let withoutEvents = 0;
      for (const [i, source] of expected.entries()) {
        const entry = entries[i]!;
        const text = squash(entry.text);
        expect(text).toContain(nameOf(source));
        expect(text).toContain(source.file);
        expect(entry.published).toBe(source.published?.date ?? null);
        if (source.published?.inferred) expect(text, source.id).toMatch(/\binferred\b/);
        if (!source.published) expect(text, source.id).toContain(t().sourcesPageDateUnknown);
        expect(text, source.id).toContain(languageNames.of(source.language)!);
        const events = citing.get(source.id) ?? [];
        if (events.length === 0) {
          withoutEvents++;
          expect(text, source.id).toContain(t().sourcesPageNoEvent);
          expect(text, source.id).toContain(squash(source.note ?? t().sourcesPageNoReason));
          expect(entry.eventLinks).toEqual([]);
          continue;
        }
        expect(text, source.id).toContain(t().sourcesPageSupports(events.length));
        expect(entry.eventLinks.length, source.id).toBe(Math.min(10, events.length));
        const ids = new Set(events.map((e) => `/events/${e.id}/`));
        for (const href of entry.eventLinks) expect(ids.has(href!), `${source.id} → ${href}`).toBe(true);
        if (events.length > 10) expect(text, source.id).toContain(t().sourcesPageAndMore(events.length - 10));
      }
      if (site.name.startsWith('fixture')) expect(withoutEvents, 'the fixture has articles that gave no event').toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('counts on /about/ what timeline.json holds, and links the data', async () => {
    const { page, context, problems } = await openWatched(browser, url('/about/'), { javaScriptEnabled: false });
    try {
      const shown = Object.fromEntries(
        await page.locator('[data-count]').evaluateAll((dds) => dds.map((dd) => [dd.getAttribute('data-count'), Number((dd.textContent ?? '').replace(/\D/g, ''))])),
      );
      const cited = new Set(data.events.flatMap((e) => e.mentions.map((m) => m.source)));
      expect(shown).toEqual({
        articles: data.sources.length,
        articlesWithoutEvents: data.sources.filter((s) => !cited.has(s.id)).length,
        inferredPublicationDates: data.sources.filter((s) => s.published?.inferred).length,
        events: data.events.length,
        keyEvents: data.events.filter((e) => e.tier === 'key').length,
        publicationDated: data.events.filter((e) => e.date.basis === 'publication').length,
        plannedEvents: data.events.filter((e) => e.status === 'planned').length,
        backgroundEvents: data.events.filter((e) => e.kind === 'background').length,
        disputes: data.events.reduce((n, e) => n + e.disputes.length, 0),
        warnings: data.diagnostics.filter((d) => d.level !== 'info').length,
        notes: data.diagnostics.filter((d) => d.level === 'info').length,
      });
      const steps = await page.locator('ol.steps > li').count();
      expect(steps).toBe(t().aboutPageSteps.length);
      const dataLink = await page.locator('main a[href$="timeline.json"]').getAttribute('href');
      expect(dataLink).toBe('/timeline.json');
      const res = await page.request.get(url(dataLink!));
      expect(res.status()).toBe(200);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('marks the page being read in the site nav', async () => {
    const cases: [string, string | null][] = [
      ['/', t().navTimeline],
      ['/sources/', t().navSources],
      ['/about/', t().navAbout],
      [`/events/${ordered[0]!.id}/`, null],
    ];
    for (const [path, current] of cases) {
      const { page, context } = await openWatched(browser, url(path), { javaScriptEnabled: false });
      try {
        const nav = page.locator(`nav[aria-label="${t().navLabel}"]`);
        await expect(nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).resolves.toEqual(['/', '/sources/', '/about/']);
        const marked = await nav.locator('a[aria-current="page"]').allTextContents();
        expect(marked, path).toEqual(current ? [current] : []);
      } finally {
        await context.close();
      }
    }
  });

  it.for(['light', 'dark'] as const)('has no console error, no off-host request and no axe-core violation on each page type, %s scheme', { timeout: 120_000 }, async (colorScheme) => {
    const paths = [`/events/${richest('key')?.id ?? ordered[0]!.id}/`, '/sources/', '/about/'];
    const more = richest('more');
    if (more) paths.push(`/events/${more.id}/`);
    for (const path of paths) {
      const { page, context, problems } = await openWatched(browser, url(path), { colorScheme });
      try {
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
        expect(problems, path).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it('links only to files in dist/ (and ids in them) from every event, sources and about page', () => {
    const idsIn = new Map<string, Set<string>>();
    const ids = (file: string) => {
      let found = idsIn.get(file);
      if (!found) {
        found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
        idsIn.set(file, found);
      }
      return found;
    };
    // The index lists some events on their period's page and sends #id links there.
    const periodPages = htmlFiles(join(dist, 'periods'));
    const broken: string[] = [];
    const pages = [...htmlFiles(join(dist, 'events')), join(dist, 'sources/index.html'), join(dist, 'about/index.html')];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const href = raw!.replace(/&amp;/g, '&');
        if (!href.startsWith('/') || href.startsWith('//')) continue;
        const [path, hash] = href.split('#') as [string, string | undefined];
        const target = join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
        const from = relative(dist, file);
        if (!existsSync(target)) {
          broken.push(`${from}: ${href} (no file)`);
          continue;
        }
        if (!hash) continue;
        const id = decodeURIComponent(hash);
        const holders = target === join(dist, 'index.html') ? [target, ...periodPages] : [target];
        if (!holders.some((h) => ids(h).has(id))) broken.push(`${from}: ${href} (no id)`);
      }
    }
    expect(pages.length).toBe(data.events.length + 2);
    expect(broken.slice(0, 20)).toEqual([]);
  });
});

describe.runIf(process.env.NEWSLINE_BUILD_10K === '1')('a 10,000-event site', () => {
  it('builds a page for every event in reasonable time (logged)', () => {
    const timeline = syntheticTimeline({ events: 10_000, key: 60, sources: 500 });
    const started = Date.now();
    const dir = buildFixtureSite(timeline);
    const seconds = (Date.now() - started) / 1000;
    try {
      const pages = readdirSync(join(dir, 'dist/events')).length;
      console.log(`10,000-event fixture site: astro build ${seconds.toFixed(1)} s, ${pages} event pages`);
      expect(pages).toBe(10_000);
      expect(seconds).toBeLessThan(120);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
