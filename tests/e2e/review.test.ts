/**
 * `npm run review` end to end: the real command on a copy of seeds/, driven
 * in Debian's Chromium. Edits made on the page land in editorial.md (read
 * back with parseEditorial, the seed's own edits kept) and show on the
 * rebuilt page; a change to an article rebuilds it live; requests without
 * the token or from another host are refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEditorial } from '../../src/pipeline/editorial/index.ts';
import { CHROMIUM } from './serve.ts';
import { openWatched, seriousAxeViolations, type WatchedPage } from './watchedPage.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The first build of the seeds takes about a second; tsx compiles the server first. */
const START_TIMEOUT_MS = 30_000;
/** An edit is written and rebuilt in about a second on this machine; a slow CI gets ten times that. */
const REBUILD_TIMEOUT_MS = 15_000;
/** astro build of the seed story takes about 4 s alone; with other builds on two cores, much longer. */
const PREVIEW_TIMEOUT_MS = 90_000;
/** The event the seed editorial.md retitles: left alone, so its section must survive the other edits unchanged. */
const SEED_EDITED = '2024-06-25-defence-minister-russia';

let seeds: string;
let child: ChildProcess;
let url: string;
let port: number;
let browser: Browser;
let watched: WatchedPage;
let page: Page;
let original: string;

/** Starts `npm run review` on the folder; resolves to the URL it prints. */
function startReview(folder: string): Promise<string> {
  // Its own process group, so the test can stop npm, tsx and the server together (and nothing else).
  child = spawn('npm', ['run', '--silent', 'review', '--', '--seeds', folder, '--port', '0'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`review did not print its URL:\n${out}\n${err}`)), START_TIMEOUT_MS);
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /review: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        done(m[1]!);
      }
    });
    child.on('exit', (code) => fail(new Error(`review exited (${code}):\n${out}\n${err}`)));
  });
}

/** A raw request with any Host and headers (fetch will not send a foreign Host). */
function rawRequest(options: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method: options.method, path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

async function tokenOfPage(): Promise<string> {
  const html = await (await fetch(url)).text();
  return /<meta name="review-token" content="([^"]+)">/.exec(html)![1]!;
}

/** The event ids on the page, in page order (key events first). */
function eventIds(): Promise<string[]> {
  return page.locator('.event').evaluateAll((items) => items.map((i) => i.getAttribute('data-id')!));
}

async function openEdits(id: string): Promise<void> {
  const details = page.locator(`#edits-${id}`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

beforeAll(async () => {
  seeds = mkdtempSync(join(tmpdir(), 'newsline-review-'));
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  original = readFileSync(join(seeds, 'editorial.md'), 'utf8');
  url = await startReview(seeds);
  port = Number(new URL(url).port);
  browser = await chromium.launch(CHROMIUM);
  watched = await openWatched(browser, url);
  page = watched.page;
}, 60_000);

afterAll(async () => {
  await watched?.context.close();
  await browser?.close();
  if (child?.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  if (seeds) rmSync(seeds, { recursive: true, force: true });
});

describe('npm run review', () => {
  it('refuses an edit without the token, from another origin, or for another host', async () => {
    const token = await tokenOfPage();
    const edit = JSON.stringify({ type: 'hide', id: SEED_EDITED, hide: true });
    const own = { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' };
    const noToken = await rawRequest({ method: 'POST', path: '/api/edit', headers: own, body: edit });
    expect(noToken.status).toBe(403);
    const wrongToken = await rawRequest({ method: 'POST', path: '/api/edit', headers: { ...own, 'x-review-token': `${token}x` }, body: edit });
    expect(wrongToken.status).toBe(403);
    const foreignOrigin = await rawRequest({ method: 'POST', path: '/api/edit', headers: { ...own, origin: 'http://evil.example', 'x-review-token': token }, body: edit });
    expect(foreignOrigin.status).toBe(403);
    const foreignHost = await rawRequest({ method: 'POST', path: '/api/edit', headers: { ...own, host: `evil.example:${port}`, 'x-review-token': token }, body: edit });
    expect(foreignHost.status).toBeGreaterThanOrEqual(400);
    // A rebound name must not even read the page, which holds the token.
    const foreignRead = await rawRequest({ method: 'GET', path: '/', headers: { host: `evil.example:${port}` } });
    expect(foreignRead.status).toBeGreaterThanOrEqual(400);
    expect(foreignRead.body).not.toContain(token);
    const tooLarge = await rawRequest({ method: 'POST', path: '/api/edit', headers: { ...own, 'x-review-token': token }, body: JSON.stringify({ type: 'summary', id: SEED_EDITED, summary: 'x'.repeat(100_000) }) });
    expect(tooLarge.status).toBe(413);
    expect(readFileSync(join(seeds, 'editorial.md'), 'utf8')).toBe(original);
  });

  it('sends a strict Content-Security-Policy with the page', async () => {
    const response = await fetch(url);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*script-src 'self'/);
  });

  it('retitles, hides, merges and adds events from the page, into editorial.md and onto the rebuilt page', async () => {
    const ids = (await eventIds()).filter((id) => id !== SEED_EDITED);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const [retitled, hidden, kept, absorbed] = ids as [string, string, string, string];
    const newTitle = 'A title a person wrote <on review>';

    // Retitle: the title shows after the rebuild, and focus stays on the button pressed.
    await openEdits(retitled);
    await page.locator(`#title-${retitled}`).fill(newTitle);
    await page.locator(`#save-title-${retitled}`).click();
    await expect.poll(() => page.locator(`#heading-${retitled}`).textContent(), { timeout: REBUILD_TIMEOUT_MS }).toBe(newTitle);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`save-title-${retitled}`);

    // Hide: the event leaves the list.
    await openEdits(hidden);
    await page.locator(`#hide-${hidden}`).click();
    await expect.poll(() => page.locator(`#event-${hidden}`).count(), { timeout: REBUILD_TIMEOUT_MS }).toBe(0);

    // Merge: the second event's quotes join the first, and it leaves the list.
    const quotesOf = (id: string): Promise<string[]> => page.locator(`#event-${id} .context mark`).allTextContents();
    const absorbedQuotes = await quotesOf(absorbed);
    await page.locator(`#pick-${kept}`).check();
    await page.locator(`#pick-${absorbed}`).check();
    await page.locator('#merge-button').click();
    await expect.poll(() => page.locator(`#event-${absorbed}`).count(), { timeout: REBUILD_TIMEOUT_MS }).toBe(0);
    expect(await quotesOf(kept)).toEqual(expect.arrayContaining(absorbedQuotes));

    // Add from a sentence selected in an article, with a DOM Range.
    const sourceId = await page.locator('.article-text').first().getAttribute('data-source');
    const sentence = await page.locator('.article-text').first().evaluate((holder) => {
      (holder.closest('details') as HTMLDetailsElement).open = true;
      const text = holder.firstChild as Text;
      const paragraphs = text.data.split('\n\n');
      const chosen = paragraphs.find((p) => /^[A-Z][^\n]{40,}?\.(\s|$)/.test(p))!;
      const words = /^[^\n]{40,}?\.(?=\s|$)/.exec(chosen)![0];
      const start = text.data.indexOf(words);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + words.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return words;
    });
    await expect.poll(() => page.locator('#add-quote').inputValue()).toBe(sentence.replace(/\s+/g, ' '));
    expect(await page.locator('#add-source').inputValue()).toBe(sourceId);
    const addedTitle = 'An event added from a selected sentence';
    await page.locator('#add-date').fill('2024-06-20');
    await page.locator('#add-title').fill(addedTitle);
    await page.locator('#add-button').click();
    await expect.poll(() => page.locator('.event h3', { hasText: addedTitle }).count(), { timeout: REBUILD_TIMEOUT_MS }).toBe(1);

    // editorial.md holds every edit, and what was there before.
    const markdown = readFileSync(join(seeds, 'editorial.md'), 'utf8');
    const { edits, diagnostics } = parseEditorial(markdown);
    expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    const section = (id: string) => edits.sections.filter((s) => s.id === id);
    expect(section(retitled).some((s) => s.title?.value === newTitle)).toBe(true);
    expect(edits.hide.some((h) => h.value === hidden) || section(hidden).some((s) => s.hide?.value === true)).toBe(true);
    expect(edits.merge.map((m) => m.map((l) => l.value))).toContainEqual([kept, absorbed]);
    const added = edits.sections.find((s) => s.isNew && s.title?.value === addedTitle);
    expect(added?.quote?.value).toBe(sentence.replace(/\s+/g, ' '));
    expect(added?.source?.value).toBe(sourceId);
    expect(added?.date?.value.start).toBe('2024-06-20');
    const seedComment = original.slice(0, original.indexOf('-->') + 3);
    const seedSection = original.slice(original.indexOf(`## ${SEED_EDITED}`)).trim();
    expect(markdown).toContain(seedComment);
    expect(markdown).toContain(seedSection);
    expect(section(SEED_EDITED)[0]?.title?.value).toBe('Austin and Belousov hold their first phone call');
    expect(await page.locator(`#heading-${SEED_EDITED}`).textContent()).toBe('Austin and Belousov hold their first phone call');
  });

  it('shows a refused edit with its reason and leaves editorial.md as it was', async () => {
    const before = readFileSync(join(seeds, 'editorial.md'), 'utf8');
    const [id] = await eventIds();
    await openEdits(id!);
    await page.locator(`#date-${id}`).fill('next Tuesday');
    await page.locator(`#save-date-${id}`).click();
    await expect.poll(() => page.locator('#alert').textContent()).toMatch(/^Not saved: date: /);
    expect(readFileSync(join(seeds, 'editorial.md'), 'utf8')).toBe(before);
    // The refusal is a 400, which the watched page logs twice (response and console): expected here, and only here.
    const refusal = watched.problems.filter((p) => /\b400\b/.test(p));
    expect(refusal).toHaveLength(2);
    watched.problems.splice(0, watched.problems.length, ...watched.problems.filter((p) => !refusal.includes(p)));
  });

  it('rebuilds when an article changes, and says how long it took', async () => {
    const build = Number(await page.locator('#review-content').getAttribute('data-build'));
    const article = '000_27af1b84f7f90120.txt';
    appendFileSync(join(seeds, article), '\n\nThe review test added this paragraph on a quiet day.\n');
    await expect.poll(() => page.locator('#status').textContent(), { timeout: REBUILD_TIMEOUT_MS }).toMatch(new RegExp(`${article.replace('.', '\\.')} changed: rebuilt in \\d+ ms`));
    await expect.poll(async () => Number(await page.locator('#review-content').getAttribute('data-build'))).toBeGreaterThan(build);
    await expect.poll(() => page.locator('.article-text', { hasText: 'The review test added this paragraph' }).count()).toBe(1);
  });

  it('builds the site as it ships and opens the main page and the embed view from /preview/', async () => {
    const opened: Page[] = [];
    watched.context.on('page', (tab) => {
      opened.push(tab);
      tab.on('console', (msg) => {
        if (msg.type() === 'error') watched.problems.push(`console error in ${tab.url()}: ${msg.text()}`);
      });
      tab.on('response', (res) => {
        if (res.status() >= 400) watched.problems.push(`HTTP ${res.status()}: ${res.url()}`);
      });
    });
    await page.locator('#preview-button').click();
    await expect.poll(() => opened.length, { timeout: PREVIEW_TIMEOUT_MS }).toBe(2);
    for (const tab of opened) await tab.waitForLoadState('load', { timeout: PREVIEW_TIMEOUT_MS });
    expect(opened.map((tab) => new URL(tab.url()).pathname).sort()).toEqual(['/preview/', '/preview/embed/']);
    // The site shows the review's edits: the title written on the page above is on the preview's main page.
    expect(await opened.find((tab) => new URL(tab.url()).pathname === '/preview/')!.locator('body').textContent()).toContain('A title a person wrote <on review>');
    for (const tab of opened) await tab.close();
  }, 120_000);

  it('has no serious accessibility violation, and no console error or request off 127.0.0.1', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});
