/**
 * /social.png: the preview image link cards show (og:image, twitter:image),
 * drawn at build time from the timeline: title, counts, span and the
 * overview of its key events. Same timeline and fonts in, same bytes out.
 */
import type { APIRoute } from 'astro';
import { lang, timeline } from '../timeline/data';
import { renderPng } from '../timeline/share/renderPng';
import { SOCIAL_FONT_FAMILY } from '../timeline/share/socialFonts';
import { SOCIAL_IMAGE } from '../timeline/share/socialImage';
import { socialImageSvg } from '../timeline/share/socialImageSvg';

export const prerender = true;

export const GET: APIRoute = () => {
  const png = renderPng(socialImageSvg(timeline, lang, SOCIAL_FONT_FAMILY), SOCIAL_IMAGE.width);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': SOCIAL_IMAGE.type } });
};
