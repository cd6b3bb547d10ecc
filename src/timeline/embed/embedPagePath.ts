/**
 * Where the embed view lives in each interface language: /embed/ speaks the
 * site's own language, /embed/<lang>/ each other one the site has words for.
 * One prerendered page per language keeps the view static and readable
 * without JavaScript; `?lang=` on any of them moves to the right one.
 */
import { sitePath } from '../paths';

export function embedPagePath(lang: string, siteLang: string, base?: string): string {
  return sitePath(lang === siteLang ? 'embed/' : `embed/${lang}/`, base);
}
