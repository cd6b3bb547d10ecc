/**
 * Host anywhere: the site built for a subpath (BASE_PATH=/some/sub/path,
 * SITE_URL=https://example.org), from the seed timeline, then crawled.
 *
 * - Every internal URL of every page (href, src, srcset, <link>, <script
 *   src>, <meta content>, the data-* paths scripts read, CSS url()s in
 *   stylesheets, <style> and the built CSS files) resolves to a file in
 *   dist/ once the base is stripped, and none points at the host's root
 *   without the base.
 * - Every absolute URL of the site anywhere in dist/ (meta tags, JSON-LD,
 *   sitemap, feeds, JSON, snippets) starts with SITE_URL + BASE_PATH and
 *   resolves the same way; canonical and og:url name the page itself.
 * - The index, served under the subpath in Chromium, loads its scripts and
 *   its search index with no 404, no console error, nothing off the machine.
 *
 * A second build without SITE_URL or BASE_PATH checks what is left out
 * then (nothing absolute, no sitemap) and that the social image is the same
 * PNG, byte for byte.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/pipeline/schema';
import { buildFixtureSite } from './buildFixtureSite';
import { CHROMIUM, serveDir } from './serve';
import { openWatched } from './watchedPage';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = parseTimeline(JSON.parse(readFileSync(resolve(ROOT, 'src/data/timeline.json'), 'utf8')));
const SITE = 'https://example.org';
const BASE = '/some/sub/path/';
const SITE_ROOT = `${SITE}${BASE}`;

/** Files whose text may name URLs of the site. */
const TEXT_FILE = /\.(html|xml|json|txt|css|js|ics|csv)$|^_headers$/;

/** Attributes that hold one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'xlink:href', 'data'];

let withBase: string;
let plain: string;
let browser: Browser;

beforeAll(() => {
  withBase = buildFixtureSite(SEED, { env: { BASE_PATH: BASE, SITE_URL: SITE } });
  // Set empty so the builder's own environment cannot leak in: the config reads empty as unset.
  plain = buildFixtureSite(SEED, { env: { BASE_PATH: '', SITE_URL: '' } });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const dir of [withBase, plain]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []))
    .sort();
}

/** A built file's URL on the site (dist/events/x/index.html → https://example.org/some/sub/path/events/x/). */
function urlOfFile(dist: string, file: string): string {
  const path = relative(dist, file).split(sep).join('/');
  return `${SITE_ROOT}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** What is wrong with a URL of the site, or null when it names a file in dist/. */
function problemWith(dist: string, url: URL): string | null {
  if (url.origin !== SITE) return null; // another host: an article's link
  if (!url.pathname.startsWith(BASE)) return `points outside the base: ${url.pathname}`;
  const path = decodeURIComponent(url.pathname.slice(BASE.length));
  const file = join(dist, path);
  if (path === '' || path.endsWith('/')) return existsSync(join(file, 'index.html')) ? null : `no page at ${url.pathname}`;
  if (existsSync(file) && statSync(file).isFile()) return null;
  return existsSync(join(file, 'index.html')) ? null : `no file at ${url.pathname}`;
}

/** CSS url(…) values, read with a small scanner (quotes and escapes as CSS has them). */
function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (let at = css.indexOf('url('); at >= 0; at = css.indexOf('url(', at + 4)) {
    let i = at + 4;
    while (css[i] === ' ') i++;
    const quote = css[i] === '"' || css[i] === "'" ? css[i++] : null;
    let value = '';
    for (; i < css.length && css[i] !== (quote ?? ')'); i++) value += css[i] === '\\' ? css[++i] : css[i];
    urls.push(value.trim());
  }
  return urls;
}

/** Every URL a page names: attributes, srcset candidates, meta content, data-* paths, CSS url()s. */
function pageUrls(html: string): { where: string; value: string }[] {
  const { document } = parseHTML(html);
  const out: { where: string; value: string }[] = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null && !(tag === 'object' && name !== 'data')) out.push({ where: `<${tag} ${name}>`, value });
    }
    for (const name of ['srcset', 'imagesrcset']) {
      for (const candidate of (el.getAttribute(name) ?? '').split(',')) {
        const value = candidate.trim().split(/\s+/)[0];
        if (value) out.push({ where: `<${tag} ${name}>`, value });
      }
    }
    if (tag === 'meta') {
      const content = el.getAttribute('content') ?? '';
      if (/^(https?:\/\/|\/)/.test(content)) out.push({ where: `<meta ${el.getAttribute('property') ?? el.getAttribute('name')}>`, value: content });
    }
    // Paths the page's scripts fetch or navigate to (the search index, event pages).
    for (const attr of el.attributes) {
      if (attr.name.startsWith('data-') && attr.value.startsWith('/')) out.push({ where: `<${tag} ${attr.name}>`, value: attr.value });
    }
    const style = el.getAttribute('style');
    if (style) for (const value of cssUrls(style)) out.push({ where: `<${tag} style>`, value });
  }
  for (const style of document.querySelectorAll('style')) for (const value of cssUrls(style.textContent ?? '')) out.push({ where: '<style>', value });
  return out;
}

describe('a site built for a subpath (BASE_PATH) of a known origin (SITE_URL)', () => {
  it('has every internal URL of every page under the base, naming a file in dist/', () => {
    const dist = join(withBase, 'dist');
    const pages = filesUnder(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    const problems: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const pageUrl = urlOfFile(dist, file);
      for (const { where, value } of pageUrls(readFileSync(file, 'utf8'))) {
        if (/^(mailto|tel|data|blob):/i.test(value)) continue;
        const url = new URL(value, pageUrl);
        if (url.origin === SITE) checked++;
        // A data-* path may be a prefix scripts add to (data-event-pages="/base/events/"): then its folder must exist.
        const prefix = where.includes(' data-') && value.endsWith('/') && url.pathname.startsWith(BASE) && existsSync(join(dist, url.pathname.slice(BASE.length)));
        const problem = prefix ? null : problemWith(dist, url);
        if (problem) problems.push(`${relative(dist, file)} ${where} "${value}": ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 5);
  });

  it('has every url() of its stylesheets under the base', () => {
    const dist = join(withBase, 'dist');
    const problems = filesUnder(dist)
      .filter((f) => f.endsWith('.css'))
      .flatMap((file) => cssUrls(readFileSync(file, 'utf8')).flatMap((value) => {
        if (/^(data|#)/.test(value)) return [];
        const problem = problemWith(dist, new URL(value, urlOfFile(dist, file)));
        return problem ? [`${relative(dist, file)} url(${value}): ${problem}`] : [];
      }));
    expect(problems).toEqual([]);
  });

  it('writes every absolute URL of the site anywhere in dist/ (meta, JSON-LD, sitemap, feeds, snippets) with SITE_URL and the base', () => {
    const dist = join(withBase, 'dist');
    const problems: string[] = [];
    const found = new Set<string>();
    for (const file of filesUnder(dist).filter((f) => TEXT_FILE.test(f.split(sep).pop()!))) {
      // iCalendar folds long lines (RFC 5545 §3.1: CRLF then a space): unfolded, a URL is whole again.
      const text = file.endsWith('.ics') ? readFileSync(file, 'utf8').replace(/\r?\n[ \t]/g, '') : readFileSync(file, 'utf8');
      // Absolute URLs of the site as text (in JSON, XML, attributes, snippets): scanned, not parsed, to find them in any format.
      for (const [match] of text.matchAll(/https?:\/\/example\.org[^\s"'<>)\\]*/g)) {
        // In an attribute, JSON and markup are entity-escaped: the URL ends where a quote or bracket would.
        const raw = match.split(/&(?:quot|#34|#39|apos|lt|gt);/)[0]!;
        found.add(raw);
        const problem = problemWith(dist, new URL(raw.replace(/&amp;/g, '&')));
        if (problem) problems.push(`${relative(dist, file)} ${raw}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(found.size).toBeGreaterThan(SEED.events.length);
  });

  it('names each page by its own absolute URL: canonical, og:url, og:image, twitter:image, JSON-LD', () => {
    const dist = join(withBase, 'dist');
    const pages = filesUnder(dist).filter((f) => f.endsWith('.html'));
    let indexed = 0;
    for (const file of pages) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      const where = relative(dist, file);
      if (meta('robots')?.includes('noindex')) continue; // the embed views: not for search
      indexed++;
      const self = urlOfFile(dist, file);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), where).toBe(self);
      expect(meta('og:url'), where).toBe(self);
      expect(meta('og:image'), where).toBe(`${SITE_ROOT}social.png`);
      expect(meta('twitter:image'), where).toBe(`${SITE_ROOT}social.png`);
      expect(meta('twitter:card'), where).toBe('summary_large_image');
      expect(meta('og:image:width'), where).toBe('1200');
      expect(meta('og:image:height'), where).toBe('630');
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale', 'og:image:alt', 'twitter:title', 'twitter:description']) {
        expect(meta(key), `${where} ${key}`).toBeTruthy();
      }
      expect(meta('og:title'), where).toBe(document.title);
      expect(meta('og:description'), where).toBe(meta('description'));
      for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
        const data = JSON.parse(script.textContent ?? '') as { url?: string };
        expect(data.url, where).toBe(self);
      }
    }
    expect(indexed).toBeGreaterThan(SEED.events.length);
    const index = parseHTML(readFileSync(join(dist, 'index.html'), 'utf8')).document;
    const story = JSON.parse(index.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { mainEntity?: { itemListElement?: unknown[] } };
    expect(story.mainEntity?.itemListElement).toHaveLength(SEED.events.filter((e) => e.tier === 'key').length);
    const event = SEED.events[0]!;
    const eventPage = parseHTML(readFileSync(join(dist, 'events', event.id, 'index.html'), 'utf8')).document;
    const ld = JSON.parse(eventPage.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as { mainEntity?: { '@type'?: string; startDate?: string } };
    expect(ld.mainEntity).toMatchObject({ '@type': 'Event', startDate: event.date.start });
  });

  it('lists every page meant for search in sitemap.xml, and names it in robots.txt and _headers under the base', () => {
    const dist = join(withBase, 'dist');
    const locs = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const pages = filesUnder(dist)
      .filter((f) => f.endsWith('.html'))
      .filter((f) => !/<meta name="robots" content="[^"]*noindex/.test(readFileSync(f, 'utf8')))
      .map((f) => urlOfFile(dist, f));
    expect([...locs].sort()).toEqual([...pages].sort());
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_ROOT}sitemap.xml\n`);
    // Netlify / Cloudflare Pages format: a path pattern, then its headers indented.
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(new RegExp(`^${BASE}\\*\\n  Content-Security-Policy: `));
  });

  it('works in Chromium served under the subpath: scripts and the search index load, nothing fails', async () => {
    browser = await chromium.launch(CHROMIUM);
    const server = await serveDir(join(withBase, 'dist'), { mount: BASE });
    try {
      // The host's root has nothing: a URL that forgot the base would 404.
      const { page, context, problems } = await openWatched(browser, `${server.origin}${BASE}`);
      const scripts = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src));
      expect(scripts.length).toBeGreaterThan(0);
      const loaded = new Set<string>();
      page.on('response', (res) => loaded.add(new URL(res.url()).pathname));
      await page.locator('form[data-finder]').waitFor({ state: 'visible' });
      const index = page.waitForResponse((res) => new URL(res.url()).pathname === `${BASE}search.json`);
      await page.fill('#finder-q', SEED.events[0]!.title.split(' ')[0]!);
      expect((await index).status()).toBe(200);
      await page.waitForFunction(() => document.querySelector('[data-finder-status]')?.textContent !== '');
      // An event page under the subpath, by its link in the list.
      const href = await page.locator(`a[href$="events/${SEED.events[0]!.id}/"]`).first().getAttribute('href');
      expect(href).toBe(`${BASE}events/${SEED.events[0]!.id}/`);
      // Let the index finish its own requests (the favicon among them) first: navigating away would abort them.
      await page.waitForLoadState('networkidle');
      await page.goto(`${server.origin}${href}`, { waitUntil: 'load' });
      expect([...loaded].filter((p) => !p.startsWith(BASE))).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('a site built without SITE_URL', () => {
  it('writes nothing that must be absolute: no canonical, og:url or og:image, no sitemap', () => {
    const dist = join(plain, 'dist');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const { document } = parseHTML(html);
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.querySelector('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')).toBeNull();
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(document.title);
    expect(document.querySelector('script[type="application/ld+json"]')?.textContent).not.toMatch(/"url"/);
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(/^\/\*\n/);
  });

  it('draws the same social image, byte for byte, as the other build of the same timeline', () => {
    const a = readFileSync(join(withBase, 'dist', 'social.png'));
    const b = readFileSync(join(plain, 'dist', 'social.png'));
    expect(a.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([a.readUInt32BE(16), a.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(a.equals(b)).toBe(true);
  });
});
