/** /timeline.csv: one row per event, for a spreadsheet (columns: README, "Data out"). */
import type { APIRoute } from 'astro';
import { sortedEvents, timeline } from '../timeline/data';
import { toCsv } from '../timeline/export';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  new Response(toCsv({ ...timeline, events: sortedEvents(timeline.events) }, { base: import.meta.env.BASE_URL, site: site?.href }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
