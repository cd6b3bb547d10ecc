import type { Source } from '../../pipeline/schema';

/** How a source is named in an export: outlet, else title, else file (as the pages name it). */
export function sourceName(source: Pick<Source, 'outlet' | 'title' | 'file'>): string {
  return source.outlet?.trim() || source.title?.trim() || source.file;
}
