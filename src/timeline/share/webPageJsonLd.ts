/** The part of a page's JSON-LD every page shares: a schema.org `WebPage` with its name, description, language, URL and image (each URL only when absolute). */
export interface WebPageJsonLdInput {
  title: string;
  description: string | undefined;
  lang: string;
  url: string | undefined;
  image: string | undefined;
}

export function webPageJsonLd(input: WebPageJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: input.title,
    ...(input.description ? { description: input.description } : {}),
    inLanguage: input.lang,
    ...(input.url ? { url: input.url } : {}),
    ...(input.image ? { image: input.image } : {}),
  };
}
