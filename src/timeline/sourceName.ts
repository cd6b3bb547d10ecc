import type { Source } from '../pipeline/schema';

/** How a source is named, on the pages and in the exports: outlet, else title, else file. */
export function sourceName(source: Pick<Source, 'outlet' | 'title' | 'file'>): string {
  return source.outlet?.trim() || source.title?.trim() || source.file;
}

/** Only web links become hrefs. */
export function sourceUrl(source: Pick<Source, 'url'>): string | null {
  return source.url && /^https?:\/\//i.test(source.url) ? source.url : null;
}
