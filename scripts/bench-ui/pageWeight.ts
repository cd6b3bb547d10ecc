/**
 * The gzipped weight of one built page: its HTML, and the JavaScript and
 * CSS it makes the browser load (external files and the modules they import
 * statically, plus inline <script> and <style>), read from the dist folder.
 * Each file is gzipped on its own at level 9, as a static host sends it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from './gzipSize.ts';
import { moduleImports } from './moduleImports.ts';
import { pageAssets } from './pageAssets.ts';

export interface WeighedFile {
  /** The file's path on the site ("/_astro/x.js"). */
  path: string;
  type: 'js' | 'css';
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** Gzipped bytes of the HTML file (inline scripts and styles included). */
  html: number;
  /** Gzipped JavaScript: external files and inline scripts. */
  js: number;
  /** Gzipped CSS: external files and inline styles. */
  css: number;
  /** What goes over the wire: the HTML and the external files (inline code is already in the HTML). */
  total: number;
  inlineJs: number;
  inlineCss: number;
  files: WeighedFile[];
  /** References that are not a file of the site (missing, or on another host). */
  missing: string[];
}

const ORIGIN = 'http://site.invalid';

/** The file in dist a site URL names, or null when it names none (another host, or nothing there). */
function fileOf(dist: string, url: URL): string | null {
  if (url.origin !== ORIGIN) return null;
  const file = join(dist, decodeURIComponent(url.pathname));
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** `page` is a path inside dist, as the site serves it ("index.html", "events/x/index.html"). */
export function pageWeight(dist: string, page = 'index.html'): PageWeight {
  const htmlBytes = readFileSync(join(dist, page));
  const assets = pageAssets(htmlBytes.toString('utf8'));
  const pageUrl = new URL(`/${page}`, ORIGIN);
  const files: WeighedFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const queue: { url: URL; type: WeighedFile['type']; ref: string }[] = [
    ...assets.scripts.map((ref) => ({ url: new URL(ref, pageUrl), type: 'js' as const, ref })),
    ...assets.stylesheets.map((ref) => ({ url: new URL(ref, pageUrl), type: 'css' as const, ref })),
  ];
  while (queue.length > 0) {
    const { url, type, ref } = queue.shift()!;
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const file = fileOf(dist, url);
    if (!file) {
      missing.push(ref);
      continue;
    }
    const bytes = readFileSync(file);
    files.push({ path: url.pathname, type, raw: bytes.length, gzip: gzipSize(bytes) });
    // A module's static imports load with it, before it runs.
    if (type === 'js') queue.push(...moduleImports(bytes.toString('utf8')).map((spec) => ({ url: new URL(spec, url), type, ref: spec })));
  }
  const sum = (type: WeighedFile['type']): number => files.filter((f) => f.type === type).reduce((total, f) => total + f.gzip, 0);
  const inlineJs = assets.inlineScripts.reduce((total, code) => total + gzipSize(code), 0);
  const inlineCss = assets.inlineStyles.reduce((total, code) => total + gzipSize(code), 0);
  const html = gzipSize(htmlBytes);
  return { html, js: sum('js') + inlineJs, css: sum('css') + inlineCss, total: html + sum('js') + sum('css'), inlineJs, inlineCss, files, missing };
}
