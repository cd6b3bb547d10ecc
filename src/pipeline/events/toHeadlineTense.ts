import { english, its } from './englishTagger.ts';


const plural = new Set(['they', 'we', 'you', 'i', 'these', 'those', 'both']);
/** Nouns that are plural in form the lemmatiser leaves alone. */
const pluralNouns = new Set(['people', 'police', 'personnel', 'cattle', 'clergy', 'media', 'data']);
const singularPronoun = new Set(['he', 'she', 'it', 'this', 'that']);
const irregularThird: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes' };
const irregularPlural: Record<string, string> = { be: 'are' };

/** The present form of a verb for its subject: "declare" → "declares" (one), "declare" (many). */
function presentOf(lemma: string, many: boolean): string {
  if (many) return irregularPlural[lemma] ?? lemma;
  if (irregularThird[lemma]) return irregularThird[lemma]!;
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

/** Parts of a prepositional phrase, skipped while looking for the subject. */
const skippedInPhrase = new Set(['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ', 'ADP', 'CCONJ', 'PUNCT', 'PART']);

/** Whether a verb or auxiliary follows position i in its clause (before a comma, a conjunction or a subordinate clause). */
function finiteVerbFollows(pos: readonly string[], values: readonly string[], i: number): boolean {
  for (let j = i + 1; j < pos.length; j++) {
    const word = values[j]!.toLowerCase();
    // A pronoun opens a reported clause ("announced it would cut…").
    if (pos[j] === 'PUNCT' || pos[j] === 'SCONJ' || pos[j] === 'CCONJ' || pos[j] === 'PRON' || word === 'that' || word === 'which' || word === 'who' || word === 'to') return false;
    // A gerund ("a day of mourning") is no verb of the clause.
    if (pos[j] === 'AUX' || (pos[j] === 'VERB' && !word.endsWith('ing'))) return true;
  }
  return false;
}

const keepCase = (model: string, word: string): string => (/^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word);

/**
 * An English news sentence's main verb in headline tense: simple past and
 * present perfect become present ("declared" → "declares", "has announced"
 * → "announces"), and a past passive drops its auxiliary ("were killed" →
 * "killed"), as desks write headlines. Only the first verb group changes;
 * anything the tagger cannot read is left as written.
 */
export function toHeadlineTense(sentence: string, names: readonly string[] = []): string {
  // "Jobs resigns": a word of a known name is one person or one company, whatever its ending.
  const nameWords = new Set(names.flatMap((n) => n.split(/\s+/)));
  const doc = english.readDoc(sentence);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // The lemma getter's typings ask for model add-ons the lite model brings itself.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const out = [...values];
  const drop = new Set<number>();
  let subjectPlural = false;
  let subjectSeen = false;
  // Nouns after a preposition ("the talks between the ministers") do not make the subject…
  let inPhrase = false;
  // …nor does an aside between commas (", made by the company,").
  let inAside = false;
  for (let i = 0; i < values.length; i++) {
    const word = values[i]!.toLowerCase();
    const participle = pos[i] === 'VERB' && lemmas[i] !== word && !/(ing|s)$/.test(word);
    if (pos[i] === 'PUNCT' && word === ',') {
      if (subjectSeen) inAside = !inAside;
      else inPhrase = false; // an opening phrase ("In a ceremony attended by…,") has ended
      continue;
    }
    if (inAside) continue;
    if (pos[i] === 'ADP') inPhrase = true;
    // "In a televised speech, …": before the subject, a participle in a phrase describes.
    if (participle && inPhrase && !subjectSeen) continue;
    // "attended by", "built by": a participle inside a phrase describes, it is not the main verb.
    if (inPhrase && (skippedInPhrase.has(pos[i]!) || (participle && values[i + 1]?.toLowerCase() === 'by'))) continue;
    if (pos[i] === 'CCONJ' && word === 'and' && subjectSeen) {
      subjectPlural = true;
      inPhrase = false;
      continue;
    }
    const coordinated: boolean = subjectPlural && i > 0 && values[i - 1]!.toLowerCase() === 'and';
    if ((pos[i] === 'NOUN' || pos[i] === 'PROPN') && nameWords.has(values[i]!)) subjectPlural = coordinated;
    else if (pos[i] === 'NOUN') subjectPlural = coordinated || lemmas[i] !== word || pluralNouns.has(word) || (i > 0 && pos[i - 1] === 'NUM' && !/^(1|one)$/.test(values[i - 1]!.toLowerCase()));
    // "Shares fell": a plural noun capitalised at the start is tagged a proper noun.
    else if (pos[i] === 'PROPN') subjectPlural = coordinated || pluralNouns.has(word) || (i === 0 && /[^su]s$/.test(word));
    else if (pos[i] === 'NUM') subjectPlural = word !== '1' && word !== 'one';
    else if (pos[i] === 'PRON') subjectPlural = plural.has(word) || (!singularPronoun.has(word) && subjectPlural);
    if (pos[i] === 'NOUN' || pos[i] === 'PROPN' || pos[i] === 'PRON' || pos[i] === 'NUM') subjectSeen = true;
    if (pos[i] === 'SCONJ' || word === 'who' || word === 'which' || word === 'that' || word === 'to') break;
    if (pos[i] === 'AUX') {
      const next = i + 1 < values.length && pos[i + 1] === 'VERB' ? i + 1 : -1;
      // "12 people were killed" → "12 people killed"; but "he was fired" must not read "he fired".
      const pronounSubject = i > 0 && pos[i - 1] === 'PRON';
      if ((word === 'was' || word === 'were') && next >= 0 && !pronounSubject && lemmas[next] !== values[next]!.toLowerCase() && !/ing$/.test(values[next]!)) {
        drop.add(i);
      } else if ((word === 'has' || word === 'have') && next >= 0 && lemmas[next] !== values[next]!.toLowerCase()) {
        drop.add(i);
        out[next] = keepCase(values[next]!, presentOf(lemmas[next]!, subjectPlural));
      } else if (word === 'was' || word === 'were') {
        out[i] = keepCase(values[i]!, presentOf('be', subjectPlural));
      }
      break;
    }
    // "The amount calculated for last year is…": a participle with a verb after it in its clause describes the subject.
    if (participle && finiteVerbFollows(pos, values, i)) {
      inPhrase = true;
      continue;
    }
    if (pos[i] === 'VERB') {
      // Only a form that is clearly past changes: a bare or -s form may already be the headline's present.
      if (participle) out[i] = keepCase(values[i]!, presentOf(lemmas[i]!, subjectPlural));
      break;
    }
  }
  let text = '';
  for (let i = 0; i < out.length; i++) {
    if (drop.has(i)) continue;
    text += (text ? spaces[i] ?? ' ' : '') + out[i]!;
  }
  return text;
}
