/** /feed.xml: the events as an Atom feed, newest first. */
import type { APIRoute } from 'astro';
import { lang, timeline } from '../timeline/data';
import { toAtom } from '../timeline/export';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  new Response(toAtom(timeline, { base: import.meta.env.BASE_URL, site: site?.href }, lang), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
