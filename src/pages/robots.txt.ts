/**
 * /robots.txt: every page may be crawled; the sitemap is named when the
 * site knows its origin (SITE_URL). Crawlers read robots.txt only at a
 * host's root: a site built for a subpath (BASE_PATH) gets the file at
 * <base>/robots.txt for the host's own robots.txt to take its lines from.
 */
import type { APIRoute } from 'astro';
import { sitePath } from '../timeline/paths';
import { absoluteUrl } from '../timeline/absoluteUrl';
import { robotsTxt } from '../timeline/share/robotsTxt';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(sitePath('sitemap.xml'), site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
