/**
 * The index page's JSON-LD: a schema.org `WebPage` about the story, updated
 * when its latest article was published (not when it was built, so the
 * same articles give the same page), whose main entity is the `ItemList` of
 * its key events in date order. URLs (page, image, each event's page) only
 * when absolute, that is with SITE_URL.
 */
import type { TimelineEvent } from '../../pipeline/schema';
import { eventEntity } from './eventEntity';
import { webPageJsonLd, type WebPageJsonLdInput } from './webPageJsonLd';

export interface StoryJsonLdInput extends WebPageJsonLdInput {
  storyTitle: string;
  dateModified: string | undefined;
  /** The key events, in date order. */
  keyEvents: readonly Pick<TimelineEvent, 'id' | 'title' | 'date' | 'status'>[];
  /** An event's absolute page URL (undefined without SITE_URL). */
  eventUrl: (id: string) => string | undefined;
}

export function storyJsonLd(input: StoryJsonLdInput): Record<string, unknown> {
  return {
    ...webPageJsonLd(input),
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    about: { '@type': 'Thing', name: input.storyTitle },
    mainEntity: {
      '@type': 'ItemList',
      name: input.storyTitle,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: input.keyEvents.length,
      itemListElement: input.keyEvents.map((event, i) => {
        const url = input.eventUrl(event.id);
        return { '@type': 'ListItem', position: i + 1, ...(url ? { url } : {}), item: eventEntity(event, url) };
      }),
    },
  };
}
