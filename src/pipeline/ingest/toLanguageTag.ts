/** RFC 5646 §4.4.1: a tag of up to 35 characters covers every language, script and region in use. */
const MAX_TAG_CHARS = 35;
/** Primary language subtags in use are two or three letters (ISO 639); four to eight letters are reserved or unused. */
const PRIMARY_SUBTAG = /^[a-z]{2,3}$/i;

/**
 * A language tag from outside (front matter, sources.yaml, `<html lang>`)
 * as a canonical BCP 47 tag, or undefined when it is none: `en_US` is read
 * as `en-US`; `123`, `e`, `en US` or `und` are refused, so that no value
 * reaches `Intl.Segmenter`, which throws on what is no locale.
 */
export function toLanguageTag(value: string): string | undefined {
  const written = value.trim().replace(/_/g, '-');
  if (!written || written.length > MAX_TAG_CHARS) return undefined;
  if (!PRIMARY_SUBTAG.test(written.split('-')[0]!) || /^und(-|$)/i.test(written)) return undefined;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(written)[0];
  } catch {
    return undefined;
  }
  return canonical;
}
