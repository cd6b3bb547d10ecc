/**
 * A tiny static file server for dist/ on 127.0.0.1 (random port), for the
 * e2e tests and the screenshot script. Directories serve their index.html.
 * A site built for a subpath is served under it with `{ mount }`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * The path the folder is mounted at, as a host serves a site built with
   * BASE_PATH (e.g. '/news/timeline/'): only URLs under it are served, with
   * it stripped; everything else is a 404, as on such a host.
   */
  mount?: string;
}

export async function serveDir(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const mount = `/${(options.mount ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(mount)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname.slice(mount.length - 1))));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok, fail) => server.close((e) => (e ? fail(e) : ok()))),
  };
}

/** A local port nothing listens on: Google endpoints that no flag turns off are pointed here, so they fail on this machine. */
const DEAD_END = 'http://127.0.0.1:9';

/**
 * What the quiet flags below leave on: a headless Chromium
 * still asks Google for the time, the signed-in accounts (ListAccounts, which
 * no flag disables), a GCM check-in, search preconnects, autofill and
 * optimization hints, within seconds of starting (its net log shows them).
 * These flags turn each off, or point it at DEAD_END.
 */
export const NO_BACKGROUND_REQUESTS = [
  `--disable-features=${[
    'NetworkTimeServiceQuerying',
    'PreconnectToSearch',
    'AutofillServerCommunication',
    'OptimizationHints',
    'OptimizationHintsFetching',
    'OptimizationGuideModelDownloading',
    'OptimizationTargetPrediction',
    'Translate',
    'MediaRouter',
    'DialMediaRouteProvider',
    'InterestFeedContentSuggestions',
    'CertificateTransparencyComponentUpdater',
    'PrivacySandboxSettings4',
  ].join(',')}`,
  `--gaia-url=${DEAD_END}/`,
  `--google-apis-url=${DEAD_END}/`,
  `--lso-url=${DEAD_END}/`,
  `--google-base-url=${DEAD_END}/`,
  `--gcm-checkin-url=${DEAD_END}/checkin`,
  `--gcm-registration-url=${DEAD_END}/register`,
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--no-pings',
];

/** The Chromium flags every test uses: no network chatter of its own. */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...NO_BACKGROUND_REQUESTS,
  ],
};
