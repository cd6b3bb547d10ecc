import { segmentSentences } from './segmentSentences.ts';

export const MAX_TITLE_LENGTH = 90;

const leadingConnective = /^(meanwhile|however|later|earlier|previously|also|then|in addition|moreover|at the same time|separately|details|source|before that|after that|since then|by then)\s*[,:]?\s+/i;

/**
 * A title from a mention's own words: its most telling sentence, with the
 * date expression and its preposition taken out (the date is shown beside
 * the title), leading connectives dropped, and cut at a word under 90 characters.
 */
export function titleFromMention(quote: string, expression: string, language = 'en'): string {
  const sentences = segmentSentences(quote, language).map((s) => quote.slice(s.start, s.end));
  // A mention that carries its context sentence: that sentence says what happened.
  const sentence = (sentences.length > 1 && !sentences[0]!.includes(expression) ? sentences[0] : sentences.find((s) => s.includes(expression))) ?? quote;
  let title = sentence;
  // A date that ends the sentence after a bare verb ("was held in March 2023") stays: without it the title would not read.
  const endsOnBareVerb = expression && new RegExp(`\\b(held|place|occurred|happened|was|were|took|came|began|ended)\\s+(?:\\S+\\s+){0,1}${expression.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\W*$`, 'i').test(sentence);
  if (expression && !endsOnBareVerb) {
    const escaped = expression.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "Sunday's attack" keeps its day: without it the phrase would not read.
    title = title.replace(new RegExp(`(^|\\s|,)(?:(?:on|in|at|since|by|during|from|until|earlier|later|last)\\s+)?${escaped}(?:,(?=\\s))?(?!['’]s)`, 'i'), '$1');
  }
  title = title
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/^[\s,;:–—-]+/, '')
    .replace(leadingConnective, '')
    .replace(/[.\s]+$/, '')
    .trim();
  // A date that was the sentence's subject ("7 July 2007 was chosen…") stays: without it the title has no subject.
  if (/^(was|is|were|are|will|has|had|marks|marked|became|becomes)\b/i.test(title)) title = sentence.replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim();
  title = title.charAt(0).toUpperCase() + title.slice(1);
  return shortenTitle(title, MAX_TITLE_LENGTH);
}

const clauseBreak = /,\s+(?=(?:and|but|which|who|where|while|after|saying|as|one of|including)\b)|\s[–—]\s|;\s/i;
const MIN_TITLE_WORDS = 5;

/**
 * A long sentence made a title by taking away what a headline would leave
 * out: trailing clauses first ("…, and the two sides gave…"), then trailing
 * phrases ("…in more than a year", "…according to officials"), keeping the
 * sentence's own words in order. Cut at a word only if nothing else works.
 */
export function shortenTitle(text: string, max: number): string {
  if (text.length <= max) return text;
  let title = text;
  const words = (t: string): number => t.split(/\s+/).length;
  const firstClause = title.split(clauseBreak)[0]!;
  if (words(firstClause) >= MIN_TITLE_WORDS) title = firstClause.replace(/[\s,;:]+$/, '');
  // An apposition (", the new minister of defence of Russia,") explains a name the title already has.
  if (title.length > max) title = title.replace(/,\s+(?:the|a|an|who|which)\s[^,]+(,|$)/gi, (_, end: string) => (end ? '' : '')).trim();
  while (title.length > max) {
    // Cut at the earliest trailing phrase start that still leaves a title, searching from the end.
    let cut = -1;
    for (const m of title.matchAll(/\s(?:according to|in|on|at|for|of|to|with|from|since|after|during|over|under|by|amid|following|despite)\s/gi)) {
      if (words(title.slice(0, m.index)) >= MIN_TITLE_WORDS) cut = m.index;
    }
    if (cut < 0) break;
    title = title.slice(0, cut).replace(/[\s,;:]+$/, '');
  }
  return cutAtWord(title, max);
}

export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
