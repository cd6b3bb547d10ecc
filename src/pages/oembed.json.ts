/**
 * /oembed.json: the oEmbed answer (type "rich") for the timeline, found
 * through the <link rel="alternate" type="application/json+oembed"> of the
 * index and the embed view. A static file, so it answers for the whole
 * story (no ?url=); its html is the "Embed this" code. Its addresses are
 * absolute only when the build knows the site's (SITE_URL).
 */
import type { APIRoute } from 'astro';
import { lang, t, timeline } from '../timeline/data';
import { absoluteIfKnown } from '../timeline/absoluteUrl';
import { EMBED_HEIGHT, EMBED_WIDTH } from '../timeline/embed/embedSnippet';
import { oembed } from '../timeline/embed/oembed';
import { storySnippet } from '../timeline/embed/storySnippet';
import { sitePath } from '../timeline/paths';

/** Who provides the embed, as oEmbed names it: the product (the story's outlet varies by article). */
const PROVIDER = 'Newsline';

export const GET: APIRoute = ({ site }) => {
  const html = storySnippet({ site, title: t.embedFrameTitle(timeline.title), siteLang: lang });
  const body = oembed({
    title: timeline.title,
    providerName: PROVIDER,
    ...(site ? { providerUrl: absoluteIfKnown(sitePath(''), site) } : {}),
    html,
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT,
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
