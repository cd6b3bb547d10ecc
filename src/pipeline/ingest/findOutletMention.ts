/**
 * A publication names itself in its own page furniture: "Support The Daily
 * Paper!", "A Message from The Daily Paper:", "© 2024 The Daily Paper". The
 * name in such a line is the outlet. Patterns, not names: they hold for any
 * publication.
 */
const selfNamingLead = /^(?:support|donate to|back|a message from|©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?\s*)?/i;
/** Capitalized words, "The" allowed first; case matters here, so no i flag. */
const publicationName = /^((?:The\s+|the\s+)?\p{Lu}[\p{L}'’&-]*(?:[\s.]+\p{Lu}[\p{L}'’&-]*){0,4})\s*[!:.]?(?:\s+[Aa]ll [Rr]ights [Rr]eserved\.?)?$/u;
/** Words after "Support" that name a cause, not a publication. */
const notOutlets = /^(us|ukraine|independent|journalism|our)$/i;

export function findOutletMention(line: string): string | undefined {
  const lead = selfNamingLead.exec(line.trim());
  if (!lead) return undefined;
  const name = publicationName.exec(line.trim().slice(lead[0].length))?.[1]?.trim();
  return name && !notOutlets.test(name) ? name : undefined;
}
