import { toHeadlineTense } from './toHeadlineTense.ts';

/** A headline fits a card and a tooltip: desks keep them under about 70 characters. */
export const MAX_TITLE_LENGTH = 70;

const leadingConnective = /^(meanwhile|however|later|earlier|previously|also|then|in addition|moreover|at the same time|separately|details|source|before that|after that|since then|by then|but|and|so)\s*[,:]?\s+/i;
/** "(Update 1:33 a.m.)", "UPDATE:", "…", bullets: stamps that introduce a sentence, never part of its headline. */
const leadingStamp = /^(?:[^\p{L}\p{N}("“]+|\(?\s*(?:update[sd]?|updated)\b[^)]{0,40}\)\s*|update[sd]?\s*:\s*)+/iu;
const SAYING = '(?:said|says|told [\\p{L} ]{1,30}?|announced|noted|stated|reported|added|confirmed|claimed|wrote|insisted|argued|explained|warned)';
/** Verbs of saying that introduce what was said without "that": "The spokesman said the two met". */
const BARE_SAYING = '(?:said|says|told [\\p{L}]+)';
/**
 * "The spokesman said on Tuesday that …", "According to the ministry, …":
 * the attribution before what happened, a few words with no other verb
 * ("and said" after a clause is not an attribution lead).
 */
const leadingAttribution = new RegExp(
  `^(?:according to [^,]{1,60},\\s*|(?:(?!\\band\\b)[^,.;:"“]){0,50}?\\b(?:${SAYING}(?:\\s+(?:on|in|at)\\s+[^,]{1,25}?)?\\s+that|${BARE_SAYING})[,:]?\\s+(?=\\S))`,
  'iu',
);
/** "…, officials said", "…, according to the ministry": the attribution after it. */
const trailingAttribution = new RegExp(`(?:,["”]?\\s*(?:according to [^,]{1,60}|[^,]{1,50}\\s${SAYING}|${SAYING}\\s[^,]{1,50})|\\s+according to [^,]{1,60})\\s*$`, 'iu');
const startsWithPronoun = /^(?:it|he|she|they|we|i|you|this|these|those)\b/i;
/** "Details:", "Ministry of Defense:": a label before the sentence. */
const leadingLabel = /^[\p{L}][\p{L} ]{0,30}:\s+(?=\S)/u;
/** Words that cannot end a headline or stand before a comma: a hole where a date was. */
const dangling = /\b(?:between|from|and|to|of|the|a|an|on|in|at|by|since|until|during|than|as|with)\s*(?:[,;:]|$)|\bbetween\s+and\b|\bfrom\s+to\b/i;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A headline from a mention's own sentence: who did what, in present tense
 * (English), without the date (shown beside the title) unless taking it out
 * leaves a hole, without attribution ("X said that"), stamps or leading
 * connectives, and shortened under 70 characters as a desk would. Empty when
 * the sentence holds no words; callers fall back.
 */
export function titleFromMention(sentence: string, expression: string, language = 'en', names: readonly string[] = []): string {
  let title = sentence.replace(/\s+/g, ' ').trim().replace(leadingStamp, '');
  title = withoutDate(title, expression);
  const unlabelled = title.replace(leadingLabel, '');
  if (unlabelled !== title && words(unlabelled) >= MIN_TITLE_WORDS) title = unlabelled;
  const attributed = title.replace(leadingAttribution, '');
  // "Washington announced that it had sent…": without its speaker, "it" would name no one.
  if (attributed !== title && words(attributed) >= MIN_TITLE_WORDS && !startsWithPronoun.test(attributed)) title = attributed;
  const unattributed = title.replace(/[.!?\s]+$/, '').replace(trailingAttribution, '');
  if (words(unattributed) >= MIN_TITLE_WORDS) title = unattributed;
  title = title
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(leadingConnective, '')
    .replace(/^["“”']+(?=[^"“”']*$)|["“”']+$(?<=^[^"“”']*["“”']+)/g, '')
    .replace(/[.!?\s]+$/, '')
    .trim();
  if (!/\p{L}/u.test(title)) return '';
  if (language.startsWith('en')) title = toHeadlineTense(title, names);
  title = title.charAt(0).toUpperCase() + title.slice(1);
  return shortenTitle(title, MAX_TITLE_LENGTH);
}

/** The sentence without its date phrase, unless that leaves a hole or no subject. */
function withoutDate(sentence: string, expression: string): string {
  if (!expression) return sentence;
  const escaped = escapeRegExp(expression);
  // A date that ends the sentence after a bare verb ("was held in March 2023") stays: without it the title would not read.
  if (new RegExp(`\\b(held|place|occurred|happened|was|were|took|came|began|ended)\\s+(?:\\S+\\s+){0,1}${escaped}\\W*$`, 'i').test(sentence)) return sentence;
  // "Sunday's attack" keeps its day: without it the phrase would not read.
  // The comma after a date goes with it only at the start ("On Monday, the…"); mid-sentence it still parts clauses.
  const cut = sentence
    .replace(new RegExp(`(^|\\s|,)(?:(?:on|in|at|since|by|during|from|until|earlier|later|last|early|late)\\s+)?${escaped}(,(?=\\s))?(?!['’]s)`, 'i'), (_, before: string, comma: string | undefined, at: number) => (at === 0 || !comma ? before : `${before.trimEnd()},`))
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
  if (cut === sentence || dangling.test(cut.replace(/[.!?]+$/, ''))) return sentence;
  // A date that was the sentence's subject ("7 July 2007 was chosen…") stays: without it the title has no subject.
  if (/^(was|is|were|are|will|has|had|marks|marked|became|becomes)\b/i.test(cut.replace(/^[\s,;:–—-]+/, ''))) return sentence;
  return cut;
}

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
const clauseBreak = /\s+and\s+(?=(?:said|says|added|told|announced)\b)|,\s+(?=(?:and|but|which|who|where|while|after|saying|as|one of|including|with|amid|despite|although|though|because)\b)|\s[–—]\s|;\s|:\s/i;
/** A headline needs a subject, a verb and what happened: fewer words than this and cutting stops. */
const MIN_TITLE_WORDS = 4;

/**
 * A long sentence made a title by taking away what a headline would leave
 * out: trailing clauses first ("…, and the two sides gave…"), then trailing
 * phrases ("…in more than a year", "…according to officials"), keeping the
 * sentence's own words in order. Cut at a word only if nothing else works.
 */
export function shortenTitle(text: string, max: number): string {
  if (text.length <= max) return text.replace(trailingFunctionWords, '');
  let title = text;
  const firstClause = title.split(clauseBreak)[0]!;
  if (words(firstClause) >= MIN_TITLE_WORDS) title = firstClause.replace(/[\s,;:]+$/, '');
  // An apposition (", the new head of the agency,") explains a name the title already has.
  if (title.length > max) title = title.replace(/,\s+(?:the|a|an|who|which)\s[^,]+(,|$)/gi, '').trim();
  while (title.length > max) {
    // Cut at the earliest trailing phrase start that still leaves a title, searching from the end.
    let cut = -1;
    for (const m of title.matchAll(/\s(?:according to|in|on|at|for|of|to|with|from|since|after|during|over|under|by|amid|following|despite|as|while|because)\s/gi)) {
      if (words(title.slice(0, m.index)) >= MIN_TITLE_WORDS) cut = m.index;
    }
    if (cut < 0) break;
    title = title.slice(0, cut).replace(/[\s,;:]+$/, '');
  }
  return cutAtWord(title, max).replace(trailingFunctionWords, '');
}

/** A cut that leaves "…in the city and" ends on what cannot end a headline. */
const trailingFunctionWords = /(?:[\s,;:]+(?:and|or|but|of|the|a|an|to|in|on|at|with|for|as|by|from|that|which|who|be|is|are|was|were|would|will|has|have|had|its|their|his|her))+$/i;

export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
