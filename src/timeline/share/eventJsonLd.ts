/**
 * An event page's JSON-LD: a schema.org `WebPage` whose main entity is the
 * `Event`, with the articles that report it as its citations (headline,
 * outlet, publication date, link), part of the story's timeline. URLs only
 * when absolute (SITE_URL); an article's link only when it is http(s).
 */
import type { Source, TimelineEvent } from '../../pipeline/schema';
import { eventEntity } from './eventEntity';

export interface EventJsonLdInput {
  event: Pick<TimelineEvent, 'title' | 'date' | 'status' | 'mentions'>;
  /** The page's <title>. */
  title: string;
  /** Plain text (the page's description). */
  description: string | undefined;
  lang: string;
  url: string | undefined;
  storyTitle: string;
  storyUrl: string | undefined;
  image: string | undefined;
  sourceById: ReadonlyMap<string, Pick<Source, 'title' | 'outlet' | 'url' | 'published' | 'language' | 'file'>>;
}

const WEB_URL = /^https?:\/\//i;

export function eventJsonLd(input: EventJsonLdInput): Record<string, unknown> {
  const cited = [...new Set(input.event.mentions.map((m) => m.source))].flatMap((id) => {
    const s = input.sourceById.get(id);
    if (!s) return [];
    return [
      {
        '@type': 'NewsArticle',
        headline: s.title?.trim() || s.outlet?.trim() || s.file,
        ...(s.outlet ? { publisher: { '@type': 'Organization', name: s.outlet } } : {}),
        ...(s.published ? { datePublished: s.published.date } : {}),
        inLanguage: s.language,
        ...(s.url && WEB_URL.test(s.url) ? { url: s.url } : {}),
      },
    ];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: input.title,
    ...(input.description ? { description: input.description } : {}),
    inLanguage: input.lang,
    ...(input.url ? { url: input.url } : {}),
    ...(input.image ? { image: input.image } : {}),
    isPartOf: { '@type': 'WebPage', name: input.storyTitle, ...(input.storyUrl ? { url: input.storyUrl } : {}) },
    mainEntity: {
      ...eventEntity(input.event, input.url),
      ...(input.description ? { description: input.description } : {}),
      ...(cited.length ? { citation: cited } : {}),
    },
  };
}
