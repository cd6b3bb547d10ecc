/**
 * A page's sharing and search metadata: the canonical link, Open Graph and
 * Twitter card tags, as plain data for the layout to write.
 *
 * What must be absolute (Open Graph requires og:url and og:image to be; a
 * canonical link or image a crawler resolves against the wrong host is
 * worse than none) is written only when the site's origin is known
 * (SITE_URL). Without it the page still has its title, description and
 * the Open Graph text tags; the card is then `summary`, since
 * `summary_large_image` needs an image.
 */
import { absoluteUrl } from '../absoluteUrl';
import { ogLocale } from './ogLocale';

export interface ShareImage {
  /** Root-relative path, base included. */
  path: string;
  width: number;
  height: number;
  alt: string;
  type?: string;
}

export interface PageMetaInput {
  title: string;
  description?: string;
  siteName: string;
  lang: string;
  /** The page's root-relative path, base included (/news/timeline/events/x/). */
  path: string;
  /** SITE_URL's origin; undefined when the site was built without one. */
  site: URL | string | undefined;
  type?: 'website' | 'article';
  image?: ShareImage | null;
}

/** One <meta>: Open Graph tags use `property`, the others `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface PageMeta {
  canonical: string | undefined;
  tags: MetaTag[];
}

export function pageMeta(input: PageMetaInput): PageMeta {
  const url = absoluteUrl(input.path, input.site);
  const image = input.image ? absoluteUrl(input.image.path, input.site) : undefined;
  const og = (property: string, content: string | number | undefined): MetaTag[] => (content === undefined || content === '' ? [] : [{ property, content: String(content) }]);
  const tw = (name: string, content: string | undefined): MetaTag[] => (content === undefined || content === '' ? [] : [{ name, content }]);
  const tags: MetaTag[] = [
    ...og('og:type', input.type ?? 'website'),
    ...og('og:title', input.title),
    ...og('og:description', input.description),
    ...og('og:site_name', input.siteName),
    ...og('og:locale', ogLocale(input.lang)),
    ...og('og:url', url),
  ];
  if (image && input.image) {
    tags.push(
      ...og('og:image', image),
      ...og('og:image:type', input.image.type),
      ...og('og:image:width', input.image.width),
      ...og('og:image:height', input.image.height),
      ...og('og:image:alt', input.image.alt),
    );
  }
  tags.push(
    ...tw('twitter:card', image ? 'summary_large_image' : 'summary'),
    ...tw('twitter:title', input.title),
    ...tw('twitter:description', input.description),
    ...tw('twitter:image', image),
    ...tw('twitter:image:alt', image ? input.image?.alt : undefined),
  );
  return { canonical: url, tags };
}
