/**
 * The JSON-LD of the index and of an event page, from the timeline and the
 * site's origin: the builders (`storyJsonLd`, `eventJsonLd`) fed with the
 * site's paths, so a page passes one call to its layout.
 */
import type { Source, Timeline, TimelineEvent } from '../../pipeline/schema';
import { compareEvents } from '../../pipeline/eventOrder';
import { eventPath, sitePath } from '../paths';
import { absoluteUrl } from '../absoluteUrl';
import { eventJsonLd } from './eventJsonLd';
import { latestSourceDate } from './latestSourceDate';
import { SOCIAL_IMAGE } from './socialImage';
import { storyJsonLd } from './storyJsonLd';

export interface PageText {
  title: string;
  description: string | undefined;
  lang: string;
  /** SITE_URL's origin (Astro.site), undefined without one. */
  site: URL | string | undefined;
}

export function indexPageJsonLd(timeline: Pick<Timeline, 'title' | 'events' | 'sources'>, page: PageText): Record<string, unknown> {
  return storyJsonLd({
    storyTitle: timeline.title,
    title: page.title,
    description: page.description,
    lang: page.lang,
    url: absoluteUrl(sitePath(''), page.site),
    image: absoluteUrl(sitePath(SOCIAL_IMAGE.path), page.site),
    dateModified: latestSourceDate(timeline.sources),
    keyEvents: timeline.events.filter((e) => e.tier === 'key').sort(compareEvents),
    eventUrl: (id) => absoluteUrl(eventPath(id), page.site),
  });
}

export function eventPageJsonLd(
  event: TimelineEvent,
  storyTitle: string,
  sourceById: ReadonlyMap<string, Source>,
  page: PageText,
): Record<string, unknown> {
  return eventJsonLd({
    event,
    title: page.title,
    description: page.description,
    lang: page.lang,
    url: absoluteUrl(eventPath(event.id), page.site),
    storyTitle,
    storyUrl: absoluteUrl(sitePath(''), page.site),
    image: absoluteUrl(sitePath(SOCIAL_IMAGE.path), page.site),
    sourceById,
  });
}
