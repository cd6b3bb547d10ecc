/**
 * A language tag ("uk", "ru", "en-GB") as its name in the page's language
 * ("Ukrainian", "украинский"), from Intl; the tag itself when Intl does not
 * know it, so a bad tag in the data never breaks a page.
 */
const namers = new Map<string, Intl.DisplayNames | null>();

function namer(pageLang: string): Intl.DisplayNames | null {
  if (!namers.has(pageLang)) {
    let made: Intl.DisplayNames | null;
    try {
      made = new Intl.DisplayNames([pageLang], { type: 'language', fallback: 'none' });
    } catch {
      made = null;
    }
    namers.set(pageLang, made);
  }
  return namers.get(pageLang) ?? null;
}

export function languageName(tag: string, pageLang = 'en'): string {
  try {
    return namer(pageLang)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
