/**
 * The review server's gatekeeping, as pure functions: it listens on
 * 127.0.0.1 only, but a web page the journalist has open elsewhere can still
 * send requests to it, or rename its own host to 127.0.0.1 (DNS rebinding)
 * and read its pages. So every request must name this server as its Host,
 * every edit must come from this server's own page (Origin) and carry the
 * token that only that page holds, and only `<seeds>/editorial.md` is ever
 * written.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** The names this server answers to: what it prints, and what a person may type instead. */
const OWN_HOSTNAMES = ['127.0.0.1', 'localhost'];

/** Whether a `Host` header names this server (a rebound foreign name does not). */
export function isOwnHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return OWN_HOSTNAMES.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/** Whether an `Origin` header is this server's own page; a missing Origin is refused (every browser sends one on a POST). */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (!origin) return false;
  return OWN_HOSTNAMES.some((name) => origin.toLowerCase() === `http://${name}:${port}`);
}

/**
 * Whether the token sent equals this run's token, in time that does not
 * depend on where they differ. Both are hashed first, so their lengths
 * match (timingSafeEqual needs that) and the length leaks nothing either.
 */
export function tokenMatches(sent: string | undefined, token: string): boolean {
  if (typeof sent !== 'string' || sent.length === 0) return false;
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(sent), digest(token));
}

/** The one file the server writes, in the seeds folder. */
export const EDITORIAL_FILE = 'editorial.md';

/**
 * The absolute path to write for `target` (relative to the seeds folder),
 * or why not: only `editorial.md` directly in the folder; no other name, no
 * `../`, no absolute path, no subfolder.
 */
export function writablePath(seedsDir: string, target: string): { ok: true; path: string } | { ok: false; reason: string } {
  const root = resolve(seedsDir);
  if (isAbsolute(target)) return { ok: false, reason: `only ${EDITORIAL_FILE} in the articles folder is written, not ${target}` };
  const path = resolve(root, target);
  if (dirname(path) !== root) return { ok: false, reason: `${target} is outside the articles folder` };
  if (path !== join(root, EDITORIAL_FILE)) return { ok: false, reason: `only ${EDITORIAL_FILE} is written, not ${target}` };
  return { ok: true, path };
}
