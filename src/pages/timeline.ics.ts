/** /timeline.ics: the events as a calendar (iCalendar), one VEVENT each. */
import type { APIRoute } from 'astro';
import { sortedEvents, timeline } from '../timeline/data';
import { toIcs } from '../timeline/export';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  new Response(toIcs({ ...timeline, events: sortedEvents(timeline.events) }, { base: import.meta.env.BASE_URL, site: site?.href }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
