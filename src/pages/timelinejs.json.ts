/** /timelinejs.json: the events in TimelineJS3's JSON format, to load in a TimelineJS3 embed. */
import type { APIRoute } from 'astro';
import { sortedEvents, t, timeline } from '../timeline/data';
import { toTimelineJs } from '../timeline/export';

export const prerender = true;

export const GET: APIRoute = ({ site }) =>
  new Response(
    toTimelineJs({ ...timeline, events: sortedEvents(timeline.events) }, { base: import.meta.env.BASE_URL, site: site?.href }, {
      main: t.laneMain,
      background: t.laneBackground,
      eventPage: t.exportEventPageLink,
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
