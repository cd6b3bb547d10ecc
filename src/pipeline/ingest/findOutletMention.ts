/**
 * A publication names itself in its own page furniture: "Support The Daily
 * Paper!", "A Message from The Daily Paper:", "© 2024 The Daily Paper". The
 * name in such a line is the outlet. Patterns, not names: they hold for any
 * publication.
 */
const appealLead = /^(?:support|donate to|back|a message from)\s+/i;
const copyrightLead = /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?\s*)?/i;
/** Capitalized words, "The" allowed first; case matters here, so no i flag. */
const publicationName = /^((?:The\s+|the\s+)?\p{Lu}[\p{L}'’&-]*(?:[\s.]+\p{Lu}[\p{L}'’&-]*){0,4})\s*[!:.]?(?:\s+[Aa]ll [Rr]ights [Rr]eserved\.?)?$/u;
/**
 * Words that name what an appeal asks to support (a cause, the reader's
 * help), not who asks: a name made only of them is no publication.
 */
const causeWords = new Set(['us', 'our', 'independent', 'journalism', 'journalists', 'reporting', 'news', 'local', 'free', 'freedom', 'press', 'truth', 'democracy', 'quality', 'media', 'work', 'today', 'now', 'the']);
/** Words that make a name a publication's: what papers, channels and agencies call themselves. */
const mediaWords = /^(news|times|post|daily|journal|herald|gazette|tribune|telegraph|guardian|observer|chronicle|review|magazine|insider|wire|press|media|radio|tv|television|channel|network|agency|online|today|weekly|monitor|express|mirror|standard|courier|sun|star|independent|pravda|izvestia|vedomosti|новости|газета|правда|известия|ведомости|новини|вісті|тиждень)$/i;
/** An acronym long enough to be a broadcaster or agency (BBC, CNN), not a country (US, UK, EU). */
const MIN_ACRONYM_LETTERS = 3;

/**
 * Whether a capitalized name after an appeal is a publication rather than
 * a cause or a place ("Support Our Troops", "Support Freedonia"): a
 * publication's name starts with "The", runs over several words, holds a
 * word papers call themselves by (Times, News, Radio), or is an acronym.
 * A single other word names what is supported, not who asks.
 */
function namesPublication(name: string): boolean {
  const words = name.split(/[\s.]+/).filter(Boolean);
  if (/^the\s/i.test(name) || words.length >= 2) return true;
  const [word] = words;
  return mediaWords.test(word!) || new RegExp(`^\\p{Lu}{${MIN_ACRONYM_LETTERS},6}$`, 'u').test(word!);
}

export function findOutletMention(line: string): string | undefined {
  const trimmed = line.trim();
  const copyright = copyrightLead.exec(trimmed);
  const lead = copyright ?? appealLead.exec(trimmed);
  if (!lead) return undefined;
  const name = publicationName.exec(trimmed.slice(lead[0].length))?.[1]?.trim();
  if (!name) return undefined;
  // A copyright line's holder is the publisher whatever the name; an appeal's name must read as one.
  // Neither names a publication with a cause's words alone ("Independent Journalism").
  const words = name.split(/[\s.]+/).filter(Boolean);
  if (words.every((w) => causeWords.has(w.toLowerCase()))) return undefined;
  return copyright || namesPublication(name) ? name : undefined;
}
