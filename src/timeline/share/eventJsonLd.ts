/**
 * An event page's JSON-LD: a schema.org `WebPage` whose main entity is the
 * `Event`, with the articles that report it as its citations (headline,
 * outlet, publication date, link), part of the story's timeline. URLs only
 * when absolute (SITE_URL); an article's link only when it is http(s).
 */
import type { Source, TimelineEvent } from '../../pipeline/schema';
import { sourceUrl } from '../sourceName';
import { eventEntity } from './eventEntity';
import { webPageJsonLd, type WebPageJsonLdInput } from './webPageJsonLd';

/** `title` is the page's <title>, `description` plain text (the page's description). */
export interface EventJsonLdInput extends WebPageJsonLdInput {
  event: Pick<TimelineEvent, 'title' | 'date' | 'status' | 'mentions'>;
  storyTitle: string;
  storyUrl: string | undefined;
  sourceById: ReadonlyMap<string, Pick<Source, 'title' | 'outlet' | 'url' | 'published' | 'language' | 'file'>>;
}

export function eventJsonLd(input: EventJsonLdInput): Record<string, unknown> {
  const cited = [...new Set(input.event.mentions.map((m) => m.source))].flatMap((id) => {
    const s = input.sourceById.get(id);
    if (!s) return [];
    const url = sourceUrl(s);
    return [
      {
        '@type': 'NewsArticle',
        headline: s.title?.trim() || s.outlet?.trim() || s.file,
        ...(s.outlet ? { publisher: { '@type': 'Organization', name: s.outlet } } : {}),
        ...(s.published ? { datePublished: s.published.date } : {}),
        inLanguage: s.language,
        ...(url ? { url } : {}),
      },
    ];
  });
  return {
    ...webPageJsonLd(input),
    isPartOf: { '@type': 'WebPage', name: input.storyTitle, ...(input.storyUrl ? { url: input.storyUrl } : {}) },
    mainEntity: {
      ...eventEntity(input.event, input.url),
      ...(input.description ? { description: input.description } : {}),
      ...(cited.length ? { citation: cited } : {}),
    },
  };
}
