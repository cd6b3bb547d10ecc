/**
 * The embed snippet of this site's story, at build time: the embed view in
 * `lang` (the site's language by default) with `options`, and embed.js,
 * both absolute when the site's address is known (SITE_URL) and under its
 * base path (BASE_PATH).
 */
import { sitePath } from '../paths';
import { absoluteIfKnown } from '../absoluteUrl';
import { embedPagePath } from './embedPagePath';
import { embedSnippet } from './embedSnippet';
import { embedUrl, type EmbedOptions } from './embedUrl';

export interface StorySnippetInput {
  site: URL | undefined;
  /** The iframe's accessible name. */
  title: string;
  siteLang: string;
  /** The embed's interface language: its page (/embed/ or /embed/<lang>/). */
  lang?: string;
  options?: EmbedOptions;
  base?: string;
}

export function storySnippet({ site, title, siteLang, lang = siteLang, options = {}, base }: StorySnippetInput): string {
  const src = embedUrl(absoluteIfKnown(embedPagePath(lang, siteLang, base), site), options);
  return embedSnippet({ src, script: absoluteIfKnown(sitePath('embed.js', base), site), title });
}
