/**
 * /timeline.json: the validated contract, byte for byte as the pipeline wrote
 * it (importing `../timeline/data` checks it against the schema first).
 */
import type { APIRoute } from 'astro';
import { timelineJson } from '../timeline/data';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(timelineJson, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
