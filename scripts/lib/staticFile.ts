import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types of what an Astro build writes. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The file under `root` a URL path (already stripped of its mount) names, a
 * folder giving its index.html; undefined when there is none or the path
 * climbs out of `root` (`/../`, an encoded `%2e%2e`).
 */
export function staticFile(root: string, urlPath: string): { path: string; type: string } | undefined {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  let path = normalize(join(base, decoded));
  if (path !== base && !path.startsWith(base + sep)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path) || !statSync(path).isFile()) return undefined;
  return { path, type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' };
}
