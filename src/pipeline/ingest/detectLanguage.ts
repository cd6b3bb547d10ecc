/**
 * The text's language from its script and letters: enough to tell English,
 * Russian and Ukrainian apart, which is what the taggers need to pick rules.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) {
    // Letters only Ukrainian uses, against letters only Russian uses.
    const ukrainian = sample.match(/[іїєґІЇЄҐ]/g)?.length ?? 0;
    const russian = sample.match(/[ыэъёЫЭЪЁ]/g)?.length ?? 0;
    return ukrainian > russian ? 'uk' : 'ru';
  }
  return 'en';
}
