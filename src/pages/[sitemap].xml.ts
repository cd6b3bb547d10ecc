/**
 * /sitemap.xml: every page of the site, absolute URLs with the base. The
 * sitemap protocol allows only absolute URLs, so it is written only when
 * the site knows its origin (SITE_URL): without it, getStaticPaths gives no
 * page and there is no sitemap.xml (robots.txt then names none). A dynamic
 * route only for that: its one path is "sitemap".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { lang, timeline } from '../timeline/data';
import { sitePath } from '../timeline/paths';
import { absoluteUrl } from '../timeline/absoluteUrl';
import { sitemapXml } from '../timeline/share/sitemapXml';
import { sitePagePaths } from '../timeline/share/sitePagePaths';

export const prerender = true;

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const urls = sitePagePaths(timeline, lang).flatMap((path) => absoluteUrl(sitePath(path), site) ?? []);
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
