/**
 * Lighthouse (the npm package, run programmatically) against Debian's
 * Chromium, with no network: shared by `npm run bench` and
 * tests/e2e/lighthouse.test.ts.
 *
 * Chromium is started by us (Lighthouse's own launcher would look for a
 * Chrome of its own) with the test suite's quiet flags, a remote-debugging
 * port it picks itself (read back from DevToolsActivePort, so two runs never
 * race for a port), and a host resolver that maps every name but 127.0.0.1
 * to nothing: whatever Lighthouse or the page may try to fetch elsewhere
 * cannot leave the machine. Chromium's own background requests are turned
 * off (NO_BACKGROUND_REQUESTS in tests/e2e/serve.ts, part of the suite's flags). That no attempt is even made is checked from
 * the tab's network log (`offHostRequests`) and the whole browser's net log
 * (what `close()` returns), and the Node side's connections are watched by
 * `watchConnections`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { CHROMIUM } from '../../tests/e2e/serve.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export const QUALITY_CATEGORIES: readonly Category[] = ['accessibility', 'best-practices', 'seo'];

export interface LighthouseChrome {
  port: number;
  version: string;
  /** Stops Chromium; gives every URL and host name the whole browser asked for (its net log), for a check that all were local. */
  close(): Promise<string[]>;
}

export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  /** What Lighthouse says about it: the items it found, shortened. */
  detail: string;
}

export interface LighthouseReport {
  url: string;
  /** 0–100 per category asked for; null when Lighthouse could not score it. */
  scores: Partial<Record<Category, number | null>>;
  /** Audits that count toward a category's score and are below full marks. */
  failing: FailingAudit[];
  /** Every URL the page's browser tab requested, in order. */
  requests: string[];
  /** Those not on 127.0.0.1 (data: and blob: URLs are in-page, not requests). */
  offHostRequests: string[];
  /** A run-level problem Lighthouse reported (the page did not load, a gatherer failed). */
  runtimeError?: string;
}

const STARTUP_MS = 30_000;


/** The Chromium binary: CHROMIUM_PATH (as scripts/test.sh sets it), else Debian's. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || CHROMIUM.executablePath;

async function waitForPort(profile: string, child: ChildProcess): Promise<number> {
  const file = join(profile, 'DevToolsActivePort');
  const started = Date.now();
  while (Date.now() - started < STARTUP_MS) {
    if (child.exitCode !== null) throw new Error(`Chromium exited (code ${child.exitCode}) before it opened its debugging port`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').split('\n')[0]);
      if (port > 0) return port;
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`Chromium did not open a debugging port within ${STARTUP_MS / 1000} s`);
}

/** Starts headless Chromium for Lighthouse; close() stops it and removes its profile. */
export async function launchChrome(): Promise<LighthouseChrome> {
  const profile = mkdtempSync(join(tmpdir(), 'newsline-lighthouse-'));
  const netLog = join(profile, 'netlog.json');
  const args = [
    ...CHROMIUM.args,
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    // Every request of the browser, not only the tab's (updates, safe browsing…), for `close()` to report.
    `--log-net-log=${netLog}`,
    // And should anything still try: nothing but the test server resolves, so no request can leave the machine.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-default-apps',
    '--password-store=basic',
    '--use-mock-keychain',
    '--metrics-recording-only',
    '--mute-audio',
    'about:blank',
  ];
  const child = spawn(chromiumPath(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.resume();
  let port: number;
  try {
    port = await waitForPort(profile, child);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const version = await fetch(`http://127.0.0.1:${port}/json/version`)
    .then((r) => r.json() as Promise<{ Browser?: string }>)
    .then((v) => v.Browser ?? 'Chromium')
    .catch(() => 'Chromium');
  let closing: Promise<string[]> | undefined;
  return {
    port,
    version,
    // Idempotent: a test may close it to check the net log, and its clean-up close it again.
    close: () => (closing ??= stopChrome(child, profile, netLog)),
  };
}

/** Stops Chromium (SIGTERM, so it finishes its net log; SIGKILL after 5 s), reads the log, removes the profile. */
async function stopChrome(child: ChildProcess, profile: string, netLog: string): Promise<string[]> {
  const exited = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
  const requested = netLogTargets(netLog);
  // Chromium's helper processes can still be writing the profile for a moment after the browser exits
  // (ENOTEMPTY on a loaded machine): let rmSync retry rather than fail the run over a temporary folder.
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  return requested;
}

/**
 * The URLs and host names in a Chromium net log (--log-net-log): every URL
 * request and every host resolution the browser started, whoever asked.
 * A log cut short (Chromium killed before it closed the file) still yields
 * what it holds: the events are one per line.
 */
export function netLogTargets(file: string): string[] {
  if (!existsSync(file)) return [];
  const targets = new Set<string>();
  for (const m of readFileSync(file, 'utf8').matchAll(/"(url|host)":"([^"]+)"/g)) targets.add(m[2]!);
  return [...targets].sort();
}

/** Whether a URL or host name from a net log is this machine. */
export function isLocalTarget(target: string): boolean {
  if (/^(data|blob|about|chrome|chrome-extension|devtools|chrome-search):/.test(target)) return true;
  const host = /^[a-z-]+:\/\//.test(target) ? safeHostname(target) : target.replace(/:\d+$/, '');
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
}

const safeHostname = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** URLs the tab requested, from the run's DevTools protocol log. */
function requestedUrls(artifacts: { DevtoolsLog?: { method: string; params: unknown }[] }): string[] {
  const log = artifacts.DevtoolsLog ?? [];
  return log.filter((e) => e.method === 'Network.requestWillBeSent').map((e) => (e.params as { request: { url: string } }).request.url);
}


/** A short account of an audit's findings: the first few items' selectors, URLs or snippets. */
function auditDetail(audit: Result['audits'][string]): string {
  const details = audit.details as { items?: Record<string, unknown>[] } | undefined;
  const items = details?.items ?? [];
  // An item names a DOM node, a URL or a source location; other items (metric breakdowns) add nothing readable.
  const describe = (item: Record<string, unknown>): string | undefined => {
    const node = item.node as { selector?: string; snippet?: string } | undefined;
    const text = node?.selector ?? node?.snippet ?? item.url ?? item.source ?? item.description;
    return typeof text === 'string' ? text.slice(0, 140) : undefined;
  };
  const shown = items.slice(0, 4).map(describe).filter((text): text is string => text !== undefined);
  const more = shown.length > 0 && items.length > shown.length ? ` (+${items.length - shown.length} more)` : '';
  return [audit.displayValue, ...shown].filter(Boolean).join('; ') + more || (audit.explanation ?? '');
}

/** The audits of `category` that weigh in its score and lost points. */
function failingAudits(result: Result, category: Category): FailingAudit[] {
  const refs = result.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => result.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => ({ category, id: audit.id, title: audit.title, score: audit.score!, detail: auditDetail(audit) }));
}

/** Lighthouse on one URL, in a new tab of `chrome`. */
export async function audit(chrome: LighthouseChrome, url: string, categories: readonly Category[] = QUALITY_CATEGORIES): Promise<LighthouseReport> {
  const flags: Flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
    // Lighthouse clears the origin's storage between runs anyway; a fresh profile holds nothing else.
    disableFullPageScreenshot: true,
  };
  const run = await lighthouse(url, flags);
  if (!run) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = run;
  const requests = requestedUrls(run.artifacts as unknown as { DevtoolsLog?: { method: string; params: unknown }[] });
  const scores: LighthouseReport['scores'] = {};
  for (const category of categories) {
    const score = lhr.categories[category]?.score;
    scores[category] = score === null || score === undefined ? null : Math.round(score * 100);
  }
  return {
    url,
    scores,
    failing: categories.flatMap((c) => failingAudits(lhr, c)),
    requests,
    offHostRequests: requests.filter((url) => !isLocalTarget(url)),
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  };
}

/**
 * Records the host of every TCP connection this process opens until the
 * returned function is called (which stops recording and gives the list):
 * Lighthouse itself runs in Node, and must talk to nothing but the local
 * Chromium and the test server.
 */
export function watchConnections(): () => string[] {
  const hosts: string[] = [];
  const original = Socket.prototype.connect;
  // connect(options | port, host?, …): the host is the options' or the second argument.
  const patched = function (this: Socket, ...args: unknown[]): Socket {
    const [first, second] = args;
    const host = typeof first === 'object' && first !== null ? ((first as { host?: string; path?: string }).host ?? (first as { path?: string }).path ?? 'localhost') : typeof second === 'string' ? second : 'localhost';
    hosts.push(host);
    return (original as (...a: unknown[]) => Socket).apply(this, args);
  };
  Socket.prototype.connect = patched as typeof Socket.prototype.connect;
  return () => {
    Socket.prototype.connect = original;
    return hosts;
  };
}
