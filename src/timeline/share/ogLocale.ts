/**
 * Open Graph's og:locale for a page language: `language_TERRITORY`
 * (Open Graph's own format and default, en_US). The site's languages get
 * their most common territory; any other tag keeps what it says, with `_`.
 */
const TERRITORY: Record<string, string> = { en: 'US', ru: 'RU', uk: 'UA' };

export function ogLocale(lang: string): string {
  const [language = 'en', region] = lang.split(/[-_]/);
  const primary = language.toLowerCase();
  const territory = region && /^[a-z]{2}$/i.test(region) ? region.toUpperCase() : TERRITORY[primary];
  return territory ? `${primary}_${territory}` : primary;
}
