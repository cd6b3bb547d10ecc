// @ts-check
import process from 'node:process';
import { URL } from 'node:url';
import { defineConfig } from 'astro/config';
import { csp, cspCheck } from './src/integrations/csp.ts';
import { liveTimeline } from './src/integrations/liveTimeline.ts';

/**
 * Where the site will live, from the environment, so one build command serves
 * any static host: SITE_URL is its origin (https://example.org; canonical
 * URLs, the sitemap, feeds, oEmbed and embed snippets need it absolute), and
 * BASE_PATH the folder under it (/news/timeline). Both are optional: without
 * them the site is built for the root of whatever serves it.
 */
function siteUrl() {
  const value = process.env.SITE_URL?.trim();
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org, not ${JSON.stringify(value)}`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL must be http(s), not ${JSON.stringify(value)}`);
  return url.origin;
}

function basePath() {
  const value = process.env.BASE_PATH?.trim();
  if (!value || value === '/') return '/';
  if (!/^\/?[A-Za-z0-9._~\-/]+$/.test(value) || value.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`BASE_PATH must be a path such as /news/timeline, not ${JSON.stringify(value)}`);
  }
  return `/${value.replace(/^\/+|\/+$/g, '')}/`;
}

// A static site: every page is rendered at build time, so it reads with
// JavaScript off and can be hosted anywhere.
export default defineConfig({
  output: 'static',
  site: siteUrl(),
  base: basePath(),
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy on every page (<meta>, and dist/_headers for hosts that read it):
  // scripts and styles only from the site itself or by hash, no 'unsafe-inline'. See src/integrations/csp.ts.
  security: { csp },
  integrations: [cspCheck(), liveTimeline()],
});
