/**
 * The primary subtag of a language tag, lowercased: "en-GB" → "en",
 * "uk_UA" → "uk". Rules written per language (the English tagger, chrono's
 * locales, the date tables) are keyed by it, so a regional tag from front
 * matter or `<html lang>` gets its language's rules, not the fallback.
 */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
