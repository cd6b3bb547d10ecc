/**
 * A tiny static file server for dist/ on 127.0.0.1 (random port), for the
 * e2e tests and the screenshot script. Directories serve their index.html.
 * A site built for a subpath is served under it with `{ mount }`.
 */
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticFile } from '../../scripts/lib/staticFile.ts';

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
  /** More headers for a path, as a host that reads `_headers` sends them (headersFor). */
  headers?: (path: string) => Record<string, string>;
}

export async function serveDir(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const mount = `/${(options.mount ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // The review server's preview reads files by the same rule: a folder's index.html, nothing outside the root.
    const file = url.pathname.startsWith(mount) ? staticFile(root, url.pathname.slice(mount.length - 1)) : undefined;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.type, ...options.headers?.(url.pathname) });
    createReadStream(file.path).pipe(res);
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
  // Chromium 156.0.8078.114 asks its update service once even with --disable-component-update
  `--component-updater=url-source=${DEAD_END}/service/update2/json`,
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
