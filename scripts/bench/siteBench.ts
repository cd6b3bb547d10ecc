/**
 * The built site, measured: a synthetic timeline of n events
 * (scripts/bench-ui/syntheticTimeline.ts) built into a temporary site
 * (tests/e2e/buildFixtureSite.ts), its build time and size, the gzipped
 * HTML, JS and CSS of one page of each type (scripts/bench-ui/pageWeight.ts),
 * and Lighthouse on the index, an event page and the embed view.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from '../../tests/e2e/serve.ts';
import { pageWeight } from '../bench-ui/pageWeight.ts';
import { buildSyntheticSite, type SiteFacts } from '../bench-ui/buildSyntheticSite.ts';
import { audit, type Category, type LighthouseChrome, type LighthouseReport } from './lighthouse.ts';

export const PAGE_TYPES = ['index', 'period page', 'event page', 'sources', 'about', 'embed'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
/** The page types Lighthouse scores (the list): the rest are weighed only. */
export const LIGHTHOUSE_PAGES: readonly PageType[] = ['index', 'event page', 'embed'];
export const ALL_CATEGORIES: readonly Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];

export interface PageRow {
  type: PageType;
  /** The page's file inside dist, or null when the site has no page of this type. */
  file: string | null;
  /** Why there is no page of this type, when there is none. */
  absent?: string;
  weight?: { html: number; js: number; css: number; total: number };
  lighthouse?: LighthouseReport;
}

export interface SiteRow extends SiteFacts {
  pages: PageRow[];
  problems: string[];
}

export interface SiteOptions {
  seed: number;
  /** Chromium for Lighthouse, or undefined to skip it. */
  chrome: LighthouseChrome | undefined;
  log: (line: string) => void;
}

const firstFolder = (dist: string, dir: string): string | null => {
  const folder = join(dist, dir);
  const names = existsSync(folder) ? readdirSync(folder).sort() : [];
  return names.length > 0 ? `${dir}/${names[0]}/index.html` : null;
};

/** The file of each page type in a built site; `keyEventId` picks the event page (a key event's is the fullest). */
function pageFiles(dist: string, keyEventId: string | undefined): PageRow[] {
  const at = (file: string): string | null => (existsSync(join(dist, file)) ? file : null);
  const files: Record<PageType, string | null> = {
    index: at('index.html'),
    'period page': firstFolder(dist, 'periods'),
    'event page': (keyEventId && at(`events/${keyEventId}/index.html`)) || firstFolder(dist, 'events'),
    sources: at('sources/index.html'),
    about: at('about/index.html'),
    embed: at('embed/index.html'),
  };
  const why: Partial<Record<PageType, string>> = {
    'period page': 'none at this size (the index lists every period inline)',
    embed: 'not built yet (the site has no /embed/ view)',
  };
  return PAGE_TYPES.map((type) => ({ type, file: files[type], ...(files[type] ? {} : { absent: why[type] ?? 'missing' }) }));
}

const message = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/** Lighthouse on the page types it scores, in `chrome`, against the site served from `dist`. */
async function scorePages(dist: string, pages: PageRow[], chrome: LighthouseChrome, row: SiteRow, log: (line: string) => void): Promise<void> {
  const server = await serveDir(dist);
  try {
    for (const page of pages) {
      if (!page.file || !LIGHTHOUSE_PAGES.includes(page.type)) continue;
      const path = `/${page.file.replace(/index\.html$/, '')}`;
      log(`site ${row.events}: Lighthouse on the ${page.type} (${path})`);
      try {
        page.lighthouse = await audit(chrome, `${server.origin}${path}`, ALL_CATEGORIES);
        row.problems.push(...page.lighthouse.offHostRequests.map((url) => `${page.type}: request off 127.0.0.1: ${url}`));
      } catch (error) {
        row.problems.push(`Lighthouse on the ${page.type}: ${message(error)}`);
      }
    }
  } finally {
    await server.close();
  }
}

/** One site size: build, weigh and (with a browser) score it. A step that fails is a problem in the row. */
export async function measureSite(events: number, options: SiteOptions): Promise<SiteRow> {
  const { log } = options;
  const site = buildSyntheticSite(events, options.seed, log, `site ${events}`);
  const row: SiteRow = { ...site.facts, pages: [], problems: [] };
  if ('error' in site.built) {
    row.problems.push(site.built.error);
    return row;
  }
  const { dir, dist } = site.built;
  try {
    row.pages = pageFiles(dist, site.timeline.events.find((e) => e.tier === 'key')?.id);
    for (const page of row.pages) {
      if (!page.file) continue;
      const { html, js, css, total, missing } = pageWeight(dist, page.file);
      page.weight = { html, js, css, total };
      row.problems.push(...missing.map((ref) => `the ${page.type} references ${ref}, which is not a file of the site`));
    }
    if (options.chrome) await scorePages(dist, row.pages, options.chrome, row, log);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return row;
}
