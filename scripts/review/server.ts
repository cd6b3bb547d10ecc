/**
 * The review server: builds the timeline from an articles folder, serves the
 * review page, takes edits (written to editorial.md), rebuilds when anything
 * in the folder changes and tells the page (Server-Sent Events), and serves
 * a preview build of the site under /preview/. Bound to 127.0.0.1 only; see
 * requestChecks.ts for what else keeps other pages out.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { readSeedsFolder } from '../lib/readSeedsFolder.ts';
import { buildPreviewSite, PREVIEW_BASE, previewPolicy } from './buildPreviewSite.ts';
import { readEditRequest } from './editRequest.ts';
import { renderReviewPage } from './renderReviewPage.ts';
import { isOwnHost, isOwnOrigin, tokenMatches } from './requestChecks.ts';
import { buildReviewModel, type ReviewModel } from './reviewModel.ts';
import { staticFile } from '../lib/staticFile.ts';
import { watchFolder } from './watchFolder.ts';
import { writeEditorial } from './writeEditorial.ts';

/** The only address the server listens on: nothing off this machine can reach it. */
export const REVIEW_HOST = '127.0.0.1';
/** An edit is a title or a paragraph; a body larger than this is no edit. */
export const MAX_BODY_BYTES = 64 * 1024;
/** The header the page's script sends the token in (a custom header also forces a CORS preflight, which we never answer). */
export const TOKEN_HEADER = 'x-review-token';

/**
 * The review page's policy: its own script and stylesheet, requests to
 * itself only, no frames, no plugins, no forms posting anywhere (the script
 * sends edits with fetch), no <base> tricks.
 */
export const REVIEW_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-resource-policy': 'same-origin',
};

export interface ReviewOptions {
  /** The articles folder. */
  seeds: string;
  /** 0 picks a free port. */
  port: number;
  /** The folder as the person named it, for the page. */
  seedsLabel?: string;
}

export interface ReviewServer {
  url: string;
  close(): Promise<void>;
}

/** The client script, bundled once per run (esbuild: a few milliseconds). */
function bundleClient(): string {
  const result = buildSync({ entryPoints: [resolve(import.meta.dirname, 'client.ts')], bundle: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/** What the folder held at a build: the same files and bytes need no new build. */
function fingerprint(files: ReturnType<typeof readSeedsFolder>): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.path}\0${f.size ?? ''}\0${f.error ?? ''}\0`).update(f.bytes).update('\0');
  return hash.digest('hex');
}

export async function startReviewServer(options: ReviewOptions): Promise<ReviewServer> {
  const seeds = resolve(options.seeds);
  if (!existsSync(seeds)) throw new Error(`no articles folder at ${seeds}`);
  const token = randomBytes(32).toString('base64url');
  const script = bundleClient();
  const style = readFileSync(resolve(import.meta.dirname, 'review.css'), 'utf8');
  const listeners = new Set<ServerResponse>();
  let port = options.port;
  let model: ReviewModel | undefined;
  let printed = '';
  let preview: Promise<string> | undefined;
  let previewDir: string | undefined;

  /** Rebuilds when the folder changed since the last build (or when forced), and tells every open page. */
  const rebuild = (reason: string): ReviewModel => {
    const files = readSeedsFolder(seeds);
    const print = fingerprint(files);
    if (model && print === printed) return model;
    model = buildReviewModel(files, (model?.build ?? 0) + 1);
    printed = print;
    const message = `event: rebuilt\ndata: ${JSON.stringify({ build: model.build, ms: model.ms, reason })}\n\n`;
    for (const res of listeners) res.write(message);
    process.stderr.write(`review: ${reason}: rebuilt in ${Math.round(model.ms)} ms (${model.timeline?.events.length ?? 0} events)\n`);
    return model;
  };
  const current = (): ReviewModel => model ?? rebuild('first build');

  const send = (res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { ...COMMON_HEADERS, 'content-security-policy': REVIEW_CSP, 'content-type': type, ...headers }).end(body);
  };
  const json = (res: ServerResponse, status: number, body: unknown): void => send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));

  const handlePost = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (!isOwnOrigin(req.headers.origin, port)) return json(res, 403, { ok: false, reason: 'edits are taken only from the review page itself (Origin)' });
    const sent = req.headers[TOKEN_HEADER];
    if (!tokenMatches(typeof sent === 'string' ? sent : undefined, token)) return json(res, 403, { ok: false, reason: 'missing or wrong review token: reload the review page' });
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return json(res, 415, { ok: false, reason: 'the body must be JSON' });
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === undefined) return json(res, 413, { ok: false, reason: `the request is over ${MAX_BODY_BYTES / 1024} KB` });
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return json(res, 400, { ok: false, reason: 'the body is not valid JSON' });
    }
    if (path === '/api/edit') {
      const request = readEditRequest(data);
      if (!request.ok) return json(res, 400, { ok: false, reason: request.reason });
      const outcome = writeEditorial(seeds, request.edit);
      if (!outcome.ok) return json(res, outcome.status, { ok: false, reason: outcome.reason });
      const built = rebuild(`${request.edit.type} edit saved`);
      return json(res, 200, { ok: true, build: built.build, ms: built.ms, ...(outcome.id ? { id: outcome.id } : {}) });
    }
    if (path === '/api/preview') {
      const timeline = current().timeline;
      if (!timeline) return json(res, 409, { ok: false, reason: 'the timeline does not build; see the page' });
      startPreview(timeline);
      return json(res, 202, { ok: true, build: current().build, ms: 0 });
    }
    return json(res, 404, { ok: false, reason: 'no such action' });
  };

  const startPreview = (timeline: NonNullable<ReviewModel['timeline']>): void => {
    const previous = previewDir;
    preview = buildPreviewSite(timeline);
    preview.then(
      (dir) => {
        previewDir = dir;
        if (previous) rmSync(dirname(previous), { recursive: true, force: true });
        process.stderr.write(`review: preview built at ${PREVIEW_BASE}\n`);
      },
      (error: Error) => process.stderr.write(`review: ${error.message}\n`),
    );
  };

  const servePreview = async (res: ServerResponse, path: string): Promise<void> => {
    if (!preview) return send(res, 404, 'text/plain; charset=utf-8', 'No preview yet: press "Preview the site" on the review page.');
    let dir: string;
    try {
      dir = await preview;
    } catch (error) {
      return send(res, 500, 'text/plain; charset=utf-8', (error as Error).message);
    }
    const file = staticFile(dir, path.slice(PREVIEW_BASE.length - 1));
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    const headersFile = join(dir, '_headers');
    const policy = existsSync(headersFile) ? previewPolicy(readFileSync(headersFile, 'utf8')) : undefined;
    // The built site's own policy, as a host reading _headers would send it (each page also carries it as a <meta>).
    res.writeHead(200, { ...COMMON_HEADERS, 'content-type': file.type, ...(policy ? { 'content-security-policy': policy } : {}) });
    createReadStream(file.path).pipe(res);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Every request, reads too: the page holds the token and the articles, and a rebound name must not read them.
    if (!isOwnHost(req.headers.host, port)) return send(res, 421, 'text/plain; charset=utf-8', 'this server answers only to its own address');
    const path = new URL(req.url ?? '/', 'http://review.invalid').pathname;
    if (req.method === 'POST') return handlePost(req, res, path);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed', { allow: 'GET, HEAD, POST' });
    if (path === '/') return send(res, 200, 'text/html; charset=utf-8', renderReviewPage(current(), { token, seedsLabel: options.seedsLabel ?? seeds }));
    if (path === '/review.js') return send(res, 200, 'text/javascript; charset=utf-8', script);
    if (path === '/review.css') return send(res, 200, 'text/css; charset=utf-8', style);
    if (path === '/events') {
      res.writeHead(200, { ...COMMON_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
      res.write(`retry: 1000\n\n`);
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (path === PREVIEW_BASE.slice(0, -1)) return send(res, 308, 'text/plain; charset=utf-8', '', { location: PREVIEW_BASE });
    if (path.startsWith(PREVIEW_BASE)) return servePreview(res, path);
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `review server error: ${error.message}`);
      else res.destroy();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, REVIEW_HOST, ok);
  });
  port = (server.address() as AddressInfo).port;
  // The first build starts as soon as the URL can be printed; a page asked for meanwhile waits for it.
  setImmediate(current);
  const watcher = watchFolder(seeds, (changed) => {
    try {
      rebuild(`${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` and ${changed.length - 3} more` : ''} changed`);
    } catch (error) {
      // The folder renamed or removed under us: say so and keep serving the last build.
      process.stderr.write(`review: cannot rebuild: ${(error as Error).message}\n`);
    }
  });
  return {
    url: `http://${REVIEW_HOST}:${port}/`,
    close: async () => {
      watcher.close();
      for (const res of listeners) res.end();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
      if (previewDir) rmSync(dirname(previewDir), { recursive: true, force: true });
    },
  };
}

/** The request body as text, or undefined when it is over `limit` bytes (reading stops there). */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((done, fail) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      done(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        done(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
