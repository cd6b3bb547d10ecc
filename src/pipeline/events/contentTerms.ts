import { conceptOf, namingAfterContact } from './happeningConcepts.ts';

/**
 * Content words of a sentence, reduced to comparable stems. Words of
 * saying, time words and function words carry no content: two mentions
 * agree by what happened and who did it, not by "said on Tuesday".
 */
const functionWords = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto over under about after before since until ' +
    'as than that this these those there here it its it’s he she they them their his her him we our us you your i me my ' +
    'is are was were be been being has have had having do does did done will would shall should can could may might must ' +
    'not no yes also too very more most less least much many some any all each every both either neither other another such ' +
    'which who whom whose what when where why how while whether if then so because though although however meanwhile ' +
    'said says say saying told tell tells according added noted stated statement reported reports report claimed claims ' +
    'one two three four five six seven eight nine ten first second third last next previous earlier later ago ' +
    'between among during despite against within without held took take place made make came come just only still even ' +
    'today yesterday tomorrow tonight day days week weeks weekend month months year years time times ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr ' +
    'и в во на с со по к ко из за от до о об при для что как это этот эта эти его ее их он она они мы вы не но а же ли бы ' +
    'і в у на з із зі по до від за про для що як це цей ця ці його її їх він вона вони ми ви не але а ж чи би та й'
  ).split(/\s+/),
);

/** Stem length: long enough to tell spokesman from spoke, short enough to join minister/ministers, attack/attacked. */
const STEM_LENGTH = 6;

export function stemWord(word: string): string {
  const folded = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // British and American spellings meet: defence/defense, organised/organized.
    .replace(/ence$/, 'ense')
    .replace(/is(e|ed|es|ing|ation)$/, 'iz$1');
  const stem = /^[a-z]+$/.test(folded) ? withoutInflection(folded) : folded;
  return stem.length > STEM_LENGTH ? stem.slice(0, STEM_LENGTH) : stem;
}

/**
 * English inflections off a word, so "falls" and "fallen", "closed" and
 * "closes", "dies" and "died", "company" and "companies" meet: a light
 * suffix rule, not a full stemmer (Latin-letter words only).
 */
function withoutInflection(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}i`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3).replace(/e$/, '');
  if (word.length > 3 && /[^e]ed$/.test(word)) return word.slice(0, -2).replace(/e$/, '');
  if (word.length > 5 && /[^e]en$/.test(word) && /(ll|k|v|t|w)en$/.test(word)) return word.slice(0, -2);
  if (word.length > 4 && /[sxz]es$|[cs]hes$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && /[^su]s$/.test(word)) return word.slice(0, -1).replace(/e$/, '');
  return word.replace(/y$/, 'i').replace(/e$/, '');
}

/** Characters after "called" searched for a naming or an appeal. */
const NAMING_WINDOW = 40;

/** Content stems of a text, in order of first appearance, each once. */
export function contentTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const match of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    const word = match[0].replace(/['’]s$/u, '').toLowerCase();
    const concept = conceptOf(word);
    if (concept && !(concept === '#contact' && namesOrUrges(text.slice(match.index + match[0].length, match.index + match[0].length + NAMING_WINDOW)))) terms.add(concept);
    if (word.length < 3 || functionWords.has(word)) continue;
    terms.add(stemWord(word));
  }
  return [...terms];
}

function namesOrUrges(after: string): boolean {
  return namingAfterContact.some((re) => re.test(after));
}

export function isFunctionWord(word: string): boolean {
  return functionWords.has(word.toLowerCase());
}
