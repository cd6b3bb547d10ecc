/**
 * The address of an embed view: its page (one per language, see
 * embedPagePath) with the options that differ from the defaults, in a fixed
 * order so the same options always give the same snippet.
 */
import type { EmbedQuery } from './readEmbedQuery';

export type EmbedOptions = Partial<Pick<EmbedQuery, 'theme' | 'from' | 'to' | 'focus' | 'title'>>;

export function embedUrl(page: string, options: EmbedOptions = {}): string {
  const pairs: [string, string][] = [];
  if (options.theme && options.theme !== 'auto') pairs.push(['theme', options.theme]);
  if (options.from) pairs.push(['from', options.from]);
  if (options.to) pairs.push(['to', options.to]);
  if (options.focus) pairs.push(['focus', options.focus]);
  if (options.title === 'hide') pairs.push(['title', 'hide']);
  return pairs.length > 0 ? `${page}?${new URLSearchParams(pairs).toString()}` : page;
}
