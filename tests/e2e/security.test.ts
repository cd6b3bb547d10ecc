/**
 * Hostile input never runs a script, and every page works under the site's
 * strict Content-Security-Policy (issue 10, items 3 and 4).
 *
 * 1. The corpus tests/fixtures/xss/ (an invented story whose articles,
 *    front matter, sources.yaml and editorial.md carry payloads from public
 *    XSS cheat sheets: <script> in text and titles, event-handler
 *    attributes, javascript: and data: URLs, </script> and <!-- in text that
 *    ends up in JSON, SVG payloads, attribute-breaking quotes) goes through
 *    the whole pipeline in-process, and the site is built from the result.
 * 2. A poisoned timeline.json, as an outside tool could hand the site: the
 *    same story with a payload in every free-text field of the contract
 *    (source ids, URLs, languages, actors, quotes, disputes, diagnostics),
 *    and enough events for a period page of its own.
 *
 * Every payload, if it ran, would set window.__xss or open a dialog. Each
 * page type is opened in Chromium with the CSP switched off (so the markup
 * alone is tested, not the policy that would also stop it): the flag stays
 * unset, no dialog opens, no element carries a handler attribute or a
 * script URL, and the payloads show as text. Every built page is also read
 * as HTML for the same.
 *
 * Then each page type is opened under the policy, from a server that also
 * sends the `_headers` file's policy as a real header: no violation, no
 * console error, every request to the site's own origin, and the overview
 * still zooms, search still finds, the theme toggle still works (and its
 * inline script still applies the choice on the next visit).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { parseTimeline, type Timeline, type TimelineEvent } from '../../src/pipeline/schema';
import { readSeedsFolder } from '../../scripts/lib/readSeedsFolder.ts';
import { checkPage, formatPolicy, headersFor, parsePolicy } from '../../src/timeline/csp/policy';
import { buildFixtureSite } from './buildFixtureSite';
import { CHROMIUM, serveDir, type StaticServer } from './serve';
import { openWatched } from './watchedPage';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(ROOT, 'tests/fixtures/xss');

/** A payload named `name`: whichever part of it a browser would run sets the flag or opens a dialog. */
const payload = (name: string) => `"><script>window.__xss='${name}'</script><img src=x onerror="window.__xss='${name}'"><svg onload="alert('${name}')">'</script><!--`;

// ---------------------------------------------------------------- the two sites

/**
 * A file name can carry a payload too (Linux allows <, >, " and ' in names).
 * It is added here, to a copy of the corpus, not kept in the repository,
 * where it would be a file no Windows checkout could write.
 */
const HOSTILE_FILE = `006_"><svg onload=alert('file name')>.txt`;

/** The corpus, with the hostile file name, through the whole pipeline, as `npm run timeline -- --seeds <folder>` would write it. */
function corpusTimeline(): Timeline {
  const folder = mkdtempSync(join(tmpdir(), 'newsline-xss-'));
  built.push(folder);
  cpSync(CORPUS, folder, { recursive: true });
  writeFileSync(join(folder, HOSTILE_FILE), 'The harbour ferry made its last crossing on 29 March 2029, the port office said.\n');
  return parseTimeline(buildTimeline(readSeedsFolder(folder)));
}

/** How many 'more' events to add so that their month gets a period page (over the index's inline total of 400). */
const FILLER = 420;

/** `base` with a payload in every free-text field the contract has, and enough events for a period page. */
function poisoned(base: Timeline): Timeline {
  const t: Timeline = structuredClone(base);
  const ids = new Map(t.sources.map((s, i) => [s.id, `${s.id}${payload(`source id ${i}`)}`]));
  const urls = [`javascript:alert('url')`, ` data:text/html,<script>alert('url')</script>`, `java\tscript:alert('url')`, `https://example.org/${payload('url')}`, `vbscript:msgbox`];
  t.title = `Poisoned ${payload('story title')}`;
  t.sources.forEach((s, i) => {
    s.id = ids.get(s.id)!;
    s.title = `Title ${payload(`source title ${i}`)}`;
    s.outlet = `Outlet ${payload(`outlet ${i}`)}`;
    s.author = `Author ${payload(`author ${i}`)}`;
    s.url = urls[i % urls.length]!;
    s.language = i % 2 ? `en${payload(`language ${i}`)}` : s.language;
    if (s.published) s.published.basis = `basis ${payload(`basis ${i}`)}`;
    s.note = `Note ${payload(`note ${i}`)}`;
  });
  const [first, second] = t.sources;
  for (const [i, e] of t.events.entries()) {
    e.title = `${e.title} ${payload(`event title ${i}`)}`;
    e.summary = `${e.summary} [a link](javascript:window.__xss='summary-${i}') <img src=x onerror=alert(${i})> ${payload(`summary ${i}`)}`;
    e.actors = [...e.actors, `Actor ${payload(`actor ${i}`)}`];
    for (const m of e.mentions) {
      m.source = ids.get(m.source) ?? m.source;
      m.quote = `${m.quote} ${payload(`quote ${i}`)}`;
      m.expression = `${m.expression} ${payload(`expression ${i}`)}`;
    }
    e.disputes = e.disputes.map((d) => ({ ...d, accounts: d.accounts.map((a) => ({ ...a, sources: a.sources.map((s) => ids.get(s) ?? s) })) }));
    e.disputes.push({
      about: `about ${payload(`dispute ${i}`)}`,
      accounts: [
        { value: `one ${payload(`account a ${i}`)}`, sources: [first!.id] },
        { value: `two ${payload(`account b ${i}`)}`, sources: [second!.id] },
      ],
    });
  }
  t.diagnostics.push({ file: `file ${payload('diagnostic file')}`, line: 1, level: 'warning', message: `message ${payload('diagnostic message')}` });
  const model = t.events.find((e) => e.date.start.startsWith('2029-03'))!;
  for (let n = 0; n < FILLER; n++) {
    const id = `2029-03-filler-${String(n).padStart(3, '0')}`;
    t.events.push({ ...structuredClone(model), id, tier: 'more', salience: 0, date: { start: '2029-03-28', precision: 'day', basis: 'expression' }, title: `Filler ${n} ${payload(`filler ${n}`)}` });
  }
  return parseTimeline(t);
}

interface Site {
  name: string;
  dir: string;
  dist: string;
  timeline: Timeline;
}

let browser: Browser;
let corpus: Site;
let hostile: Site;
const built: string[] = [];

function site(name: string, timeline: Timeline): Site {
  const dir = buildFixtureSite(timeline);
  built.push(dir);
  return { name, dir, dist: join(dir, 'dist'), timeline };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM.executablePath)) throw new Error(`${CHROMIUM.executablePath} is missing: install Debian's chromium package.`);
  const timeline = corpusTimeline();
  corpus = site('the XSS corpus through the pipeline', timeline);
  hostile = site('a poisoned timeline.json with a period page', poisoned(timeline));
  browser = await chromium.launch(CHROMIUM);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const dir of built) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- helpers

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f))
    .sort();
}

/** The paths of every page type of a site: index, a period page (if any), some event pages, sources, about, the two JSON files. */
function pageTypes(s: Site, events: string[]): string[] {
  const periods = existsSync(join(s.dist, 'periods')) ? readdirSync(join(s.dist, 'periods')).sort() : [];
  return ['/', ...periods.slice(0, 1).map((k) => `/periods/${k}/`), ...events.map((id) => `/events/${id}/`), '/sources/', '/about/', '/search.json', '/timeline.json'];
}

const SCRIPT_URL = /^(javascript|vbscript|data):/i;
/** Browsers drop leading spaces and controls, and tabs and newlines anywhere, before they read a URL's scheme. */
const scheme = (url: string) => url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');

/** What must never be in a page's markup: scripts with a payload, handler attributes, script URLs, elements that load or run things. */
function markupProblems(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name)) out.push(`<${el.localName} ${name}>`);
      if (/^(href|src|action|formaction|xlink:href|poster|cite|data)$/i.test(name) && SCRIPT_URL.test(scheme(value))) out.push(`<${el.localName} ${name}="${value}">`);
      if (name === 'style') out.push(`<${el.localName} style>`);
    }
  }
  for (const el of document.querySelectorAll('script')) {
    const src = el.getAttribute('src');
    const text = el.textContent ?? '';
    if (el.getAttribute('type') === 'application/ld+json') {
      // Data, never run: it may carry the hostile words, but as JSON with no "<" that could close the element.
      if (src !== null || text.includes('<') || !parsesAsJson(text)) out.push(`<script type="application/ld+json"> ${text.slice(0, 80)}`);
    } else if (src !== null ? !src.startsWith('/_astro/') : /__xss|alert|onerror|onload/.test(text)) out.push(`<script> ${src ?? text.slice(0, 80)}`);
  }
  for (const el of document.querySelectorAll('iframe, frame, object, embed, img, image, video, audio, base, math, foreignObject, body style, svg script, meta[http-equiv="refresh"], form:not([data-finder])')) {
    out.push(`<${el.localName}>`);
  }
  return out;
}

interface Opened {
  page: Page;
  problems: string[];
  dialogs: string[];
  requests: string[];
  close(): Promise<void>;
}

/** A watched page that also records dialogs, requests and CSP violations from the very start of the load. */
async function open(url: string, options: { bypassCSP: boolean; colorScheme?: 'light' | 'dark' }): Promise<Opened> {
  const { page, context, problems } = await openWatched(browser, 'about:blank', options);
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    // A CSP refusal is logged as an error (openWatched records those); say so whatever its level.
    if (m.type() !== 'error' && /Content Security Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`), true);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, dialogs, requests, close: () => context.close() };
}

/** Ids of the events the index shows (not filtered out by the search). */
const listed = (page: Page) =>
  page.locator('section.events li.event, section.events .more-list > li').evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden && !li.closest('[hidden]')).map((li) => li.id));

const flag = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Handler attributes and script URLs in the live DOM, after the page's scripts ran. */
const liveProblems = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const { name, value } of el.attributes) {
        if (/^on/i.test(name)) out.push(`<${el.localName} ${name}>`);
        const url = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
        if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^(javascript|vbscript|data):/i.test(url)) out.push(`<${el.localName} ${name}="${value}">`);
      }
    }
    return out;
  });

/** What a reader does on a page, so that payloads waiting for focus, hover or a search get their chance. */
async function useThePage(page: Page): Promise<void> {
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  for (const el of (await page.locator('main :is(a, p, li, h2, h3):visible').all()).slice(0, 25)) await el.hover({ timeout: 1_000 }).catch(() => {});
  if ((await page.locator('#finder-q').count()) > 0) {
    await page.fill('#finder-q', 'script');
    await page.waitForFunction(() => document.querySelector('[data-finder-status]')?.textContent !== '');
  }
}

/** A static server for dist/ that also sends the headers `_headers` gives each path, as Netlify and Cloudflare Pages would. */
function serveWithHeaders(root: string): Promise<StaticServer> {
  const headersFile = existsSync(join(root, '_headers')) ? readFileSync(join(root, '_headers'), 'utf8') : '';
  return serveDir(root, { headers: (path) => Object.fromEntries(headersFor(headersFile, path)) });
}

const byTitle = (t: Timeline, part: string): TimelineEvent => {
  const found = t.events.find((e) => e.title.includes(part));
  if (!found) throw new Error(`no event titled with ${JSON.stringify(part)}`);
  return found;
};

// ---------------------------------------------------------------- the tests

describe('the XSS corpus', () => {
  it('reaches the contract with its payloads intact, as text (else the rest would test nothing)', () => {
    const t = corpus.timeline;
    expect(t.title).toContain(`<script>window.__xss = 'editorial title'</script>`);
    expect(byTitle(t, 'approves the bridge').title).toBe(`Council <script>window.__xss = 'retitle'</script> "><img src=x onerror=alert('retitle')> approves the bridge`);
    expect(byTitle(t, 'approves the bridge').summary).toContain(`[for the bridge](javascript:window.__xss='summary-link')`);
    expect(t.events.some((e) => e.title.includes(`</script><script>`))).toBe(true);
    expect(t.events.some((e) => e.mentions.some((m) => m.quote.includes(`<svg onload=`)))).toBe(true);
    // A script or data URL in front matter or sources.yaml reaches the contract as written, or is dropped there; never changed into something else.
    const hostileUrls = t.sources.filter((s) => ['001_council-vote.txt', '002_ferry-operators.md', '003_saved-page.html', '004_json-breakers.txt'].includes(s.file));
    expect(hostileUrls).toHaveLength(4);
    for (const s of hostileUrls) expect(s.url === null || /^\s*(javascript|data):/i.test(s.url), `${s.file}: ${s.url}`).toBe(true);
    expect(t.sources.map((s) => s.outlet)).toContain(`"><script>window.__xss = 'outlet'</script>Vellmark Gazette`);
    // The editorial.md sections that try to break out are refused with a diagnostic that quotes them.
    expect(t.diagnostics.map((d) => d.message).join('\n')).toContain(`"><script>window.__xss = 'bad section id'</script>`);
    expect(t.events.some((e) => e.id.includes('bad-source') || e.id.includes('data-source'))).toBe(false);
    expect(t.sources.map((s) => s.file)).toContain(HOSTILE_FILE);
  });
});

describe.each([
  ['the XSS corpus through the pipeline', () => corpus],
  ['a poisoned timeline.json with a period page', () => hostile],
] as const)('no script injection: %s', (_name, get) => {
  it('has no payload in the markup of any built page: no script, handler attribute, script URL or loading element', () => {
    const s = get();
    const pages = files(s.dist, '.html');
    expect(pages.length).toBeGreaterThan(s.timeline.events.length);
    const problems = pages.flatMap((f) => markupProblems(readFileSync(f, 'utf8')).map((p) => `${relative(s.dist, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('passes the build’s own CSP check on every page (each inline script and style hashed, nothing a strict policy cannot allow)', () => {
    const s = get();
    const problems = files(s.dist, '.html').flatMap((f) => checkPage(readFileSync(f, 'utf8')).problems.map((p) => `${relative(s.dist, f)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('runs no payload on any page type in Chromium, with the CSP off, and shows the payloads as text', async () => {
    const s = get();
    const server = await serveWithHeaders(s.dist);
    const pinned = byTitle(s.timeline, 'approves the bridge');
    const breaker = s.timeline.events.find((e) => e.title.includes('</script><script>'))!;
    try {
      for (const path of pageTypes(s, [pinned.id, breaker.id, s.timeline.events.at(-1)!.id])) {
        const opened = await open(`${server.origin}${path}`, { bypassCSP: true });
        try {
          const { page } = opened;
          if (path.endsWith('/')) await useThePage(page);
          expect(await flag(page), `${path}: window.__xss`).toBeUndefined();
          expect(opened.dialogs, `${path}: dialogs`).toEqual([]);
          expect(await liveProblems(page), `${path}: live DOM`).toEqual([]);
          expect(opened.problems, `${path}: console and requests`).toEqual([]);
          const text = await page.locator('body').innerText();
          if (path === '/' || path === `/events/${pinned.id}/`) expect(text, path).toContain(pinned.title);
          if (path === `/events/${breaker.id}/` || path.endsWith('.json')) expect(text, path).toContain('</script><script>');
          if (path === '/sources/') expect(text).toContain(s.timeline.sources[0]!.outlet!);
          if (path === '/sources/' && s === corpus) expect(text).toContain(HOSTILE_FILE);
          expect(text, `${path}: some payload shows as text`).toMatch(/<script>|<img src=x onerror=|<svg onload=/);
        } finally {
          await opened.close();
        }
      }
    } finally {
      await server.close();
    }
  }, 120_000);

  it('links sources only when their URL is http(s), and renders summary links without javascript: or data: targets', () => {
    const s = get();
    const { document } = parseHTML(readFileSync(join(s.dist, 'sources/index.html'), 'utf8'));
    const external = [...document.querySelectorAll('a[rel~="external"]')].map((a) => a.getAttribute('href') ?? '');
    expect(external.every((href) => /^https?:\/\//.test(href))).toBe(true);
    const webSources = s.timeline.sources.filter((src) => /^https?:\/\//i.test(src.url ?? ''));
    expect(external.length).toBe(webSources.length);
    const page = parseHTML(readFileSync(join(s.dist, 'events', byTitle(s.timeline, 'approves the bridge').id, 'index.html'), 'utf8')).document;
    const summary = page.querySelector('.event-page__summary');
    expect(summary?.textContent).toContain('for the bridge');
    for (const a of summary?.querySelectorAll('a') ?? []) expect(a.getAttribute('href') ?? 'https://', a.outerHTML).toMatch(/^(https?|mailto):/);
  });
});

describe.each([
  ['the XSS corpus through the pipeline', () => corpus],
  ['a poisoned timeline.json with a period page', () => hostile],
] as const)('Content-Security-Policy: %s', (_name, get) => {
  let server: { origin: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await serveWithHeaders(get().dist);
  });
  afterAll(async () => server?.close());

  it('ships a strict policy in every page’s <meta> and in _headers: scripts and styles by hash, nothing inline, nothing from elsewhere', () => {
    const s = get();
    const header = parsePolicy(headersFor(readFileSync(join(s.dist, '_headers'), 'utf8'), '/').get('content-security-policy') ?? '');
    for (const [name, sources] of [
      ['default-src', ["'self'"]],
      ['connect-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['object-src', ["'none'"]],
      ['base-uri', ["'self'"]],
      ['form-action', ["'self'"]],
    ] as const) {
      expect(header.get(name), name).toEqual(sources);
    }
    for (const name of ['script-src', 'style-src']) {
      const sources = header.get(name)!;
      expect(sources[0], name).toBe("'self'");
      expect(sources.slice(1).every((x) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(x)), `${name}: ${sources.join(' ')}`).toBe(true);
    }
    for (const file of files(s.dist, '.html')) {
      const { policy } = checkPage(readFileSync(file, 'utf8'));
      expect(policy, file).toBeDefined();
      // The header allows at least what each page's own policy allows (both are enforced).
      for (const [name, sources] of policy!) expect(header.get(name), `${file} ${name}`).toEqual(expect.arrayContaining(sources));
    }
    // Until the embed view (issue 11) settles who may frame it, frame-ancestors is not restricted.
    expect(header.has('frame-ancestors')).toBe(false);
  });

  it('loads every page type under the policy (meta and header) with no violation, every request to its own origin', async () => {
    const s = get();
    const policy = formatPolicy(parsePolicy(headersFor(readFileSync(join(s.dist, '_headers'), 'utf8'), '/').get('content-security-policy')!));
    for (const path of pageTypes(s, [s.timeline.events[0]!.id])) {
      const opened = await open(`${server.origin}${path}`, { bypassCSP: false });
      try {
        const { page } = opened;
        const response = await page.request.get(`${server.origin}${path}`);
        expect(formatPolicy(parsePolicy(response.headers()['content-security-policy'] ?? '')), `${path}: header`).toBe(policy);
        if (path.endsWith('/')) {
          await expect(page.locator('meta[http-equiv="content-security-policy"]').count(), `${path}: meta`).resolves.toBe(1);
          await useThePage(page);
        }
        expect(await violations(page), `${path}: violations`).toEqual([]);
        expect(opened.problems, `${path}: console and requests`).toEqual([]);
        expect(opened.requests.filter((r) => new URL(r).origin !== server.origin), `${path}: requests elsewhere`).toEqual([]);
        expect(await flag(page)).toBeUndefined();
      } finally {
        await opened.close();
      }
    }
  }, 120_000);

  it('still zooms the overview, searches and switches the theme under the policy', async () => {
    const opened = await open(`${server.origin}/`, { bypassCSP: false, colorScheme: 'light' });
    try {
      const { page } = opened;
      const svg = page.locator('svg.overview-svg');
      await page.waitForFunction(() => document.querySelector('[data-overview]')?.hasAttribute('data-live'));
      const before = await svg.getAttribute('data-transform');
      await page.focus('svg.overview-svg [tabindex="0"]');
      await page.keyboard.press('+');
      await expect.poll(() => svg.getAttribute('data-transform')).not.toBe(before);

      const all = (await listed(page)).length;
      await page.fill('#finder-q', 'harbour');
      await page.waitForFunction(() => document.querySelector('[data-finder-status]')?.textContent !== '');
      await expect.poll(async () => (await listed(page)).length).toBeLessThan(all);
      expect((await listed(page)).length).toBeGreaterThan(0);

      await page.click('[data-theme-toggle]');
      await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
      // On the next visit the hashed inline script in the head applies the choice before first paint.
      await page.reload();
      await expect(page.getAttribute('html', 'data-theme')).resolves.toBe('dark');

      expect(await violations(page)).toEqual([]);
      expect(opened.problems).toEqual([]);
      expect(opened.requests.filter((r) => new URL(r).origin !== server.origin)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('is really enforced: a script injected into the page at run time is refused and reported', async () => {
    const opened = await open(`${server.origin}/`, { bypassCSP: false });
    try {
      const { page } = opened;
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = "window.__xss = 'injected at run time'";
        document.body.append(script);
        const img = document.createElement('img');
        img.setAttribute('src', 'https://tracker.example/pixel.png');
        document.body.append(img);
      });
      // Each is reported twice: the <meta> and the header are two policies, both enforced.
      await expect.poll(async () => [...new Set(await violations(page))]).toEqual(['script-src-elem blocked inline: ', 'img-src blocked https://tracker.example/pixel.png: ']);
      expect(await flag(page)).toBeUndefined();
    } finally {
      await opened.close();
    }
  });
});

describe('the policy is deterministic', () => {
  it('writes byte-identical pages and _headers when the same timeline is built again, in another time zone', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    let again: Site;
    try {
      again = site('again', corpus.timeline);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    const list = (d: string) => files(d, '').map((f) => relative(d, f)).filter((f) => statSync(join(d, f)).isFile());
    expect(list(again.dist)).toEqual(list(corpus.dist));
    expect(list(corpus.dist)).toContain('_headers');
    for (const f of list(corpus.dist)) expect(readFileSync(join(again.dist, f)).equals(readFileSync(join(corpus.dist, f))), f).toBe(true);
  }, 120_000);
});
