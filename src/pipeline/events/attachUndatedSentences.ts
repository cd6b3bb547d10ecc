import { isDated, type DatedMention } from './types.ts';
import { CONCEPT_WEIGHT, type MentionSource } from './extractMentions.ts';
import { contentTerms } from './contentTerms.ts';
import { undatedMention } from './sentenceMention.ts';
import { clustersBySource } from './clustersBySource.ts';
import { findClaims } from './findClaims.ts';
import { cosineSimilarity, termVector, type TermVector } from './termVectors.ts';

/** A headline or lead joins its article's event when they share this much. */
const LEAD_AGREEMENT = 0.2;
/** …and the event its body dates first when they share at least this. */
const LEAD_FLOOR = 0.05;
/** A sentence with a count joins an event of its article when they share this much… */
const CLAIM_AGREEMENT = 0.25;
/** …or whatever it shares when it closely follows the event's dated sentence, in the same or the next paragraph. */
const NEARBY_SENTENCES = 2;
/** Any other sentence joins when it clearly tells the event: one side's account of it ("at the initiative of…"), the figures of a market day. */
const ACCOUNT_AGREEMENT = 0.3;
/** The event dated just before a sentence is the one it most likely goes on telling. */
const CONTINUITY_BONUS = 0.1;

/** The kinds of happening an event's dated mentions name in their own clauses (#contact, #attack…). */
function conceptsOf(cluster: readonly DatedMention[]): string[] {
  const concepts = new Set<string>();
  for (const m of cluster) if (isDated(m)) for (const [term, weight] of m.weights) if (term.startsWith('#') && weight >= CONCEPT_WEIGHT) concepts.add(term);
  return [...concepts];
}

/**
 * Undated sentences that belong to a dated event of their own article: the
 * headline and lead, which report the news without a date ("Pentagon chief
 * speaks with…"), and sentences that give counts (killed, injured, missiles)
 * for a happening dated nearby, and sentences that clearly tell the event
 * (each side's account of what was said, who asked for the call). They
 * become mentions of that event without an expression, so its sources,
 * disputes and differing accounts are complete.
 */
export function attachUndatedSentences(
  clusters: DatedMention[][],
  sources: readonly MentionSource[],
  idf: ReadonlyMap<string, number>,
  vectorOf: (m: DatedMention) => TermVector,
): DatedMention[][] {
  const result = clusters.map((c) => [...c]);
  const bySource = clustersBySource(result);
  // Computed once: attaching adds no dated mention, so an event's kinds of happening do not change.
  const concepts = result.map(conceptsOf);
  for (const source of sources) {
    const own = [...(bySource.get(source.id) ?? new Map<number, DatedMention[]>())].map(([index, mentions]) => ({ index, mentions }));
    if (!own.length) continue;
    const used = new Set(own.flatMap((c) => c.mentions.map((m) => m.start)));
    const lead = own
      .map((c) => ({ ...c, first: c.mentions.reduce((least, m) => (m.basis === 'expression' ? Math.min(least, m.sentenceIndex) : least), Infinity) }))
      .sort((a, b) => a.first - b.first || a.index - b.index)[0];
    const { sentences } = source;
    sentences.forEach((sentence, i) => {
      const overlapsMention = own.some((c) => c.mentions.some((m) => m.start <= sentence.start && m.end >= sentence.end));
      if (used.has(sentence.start) || overlapsMention) return;
      const quote = source.text.slice(sentence.start, sentence.end);
      const isLead = i <= 1 || sentence.paragraph <= 1;
      const hasClaim = findClaims(quote).length > 0;
      const terms = contentTerms(quote);
      const vector = termVector(terms, idf);
      const previous = own
        .flatMap(({ index, mentions }) => mentions.filter((m) => m.basis === 'expression').map((m) => ({ index, m })))
        .filter(({ m }) => m.sentenceIndex < i && i - m.sentenceIndex <= NEARBY_SENTENCES + 1)
        .sort((a, b) => b.m.sentenceIndex - a.m.sentenceIndex)[0];
      const needed = isLead ? LEAD_AGREEMENT : hasClaim ? CLAIM_AGREEMENT : ACCOUNT_AGREEMENT;
      const isAccount = !isLead && !hasClaim;
      let best: { index: number; score: number } | undefined;
      for (const { index, mentions } of own) {
        // An account of an event that names its kind of happening (a call, a strike) must name it too.
        if (isAccount && concepts[index]!.length > 0 && !concepts[index]!.some((concept) => terms.includes(concept))) continue;
        // Continuity helps counts and leads; an account must stand on its own words.
        const bonus = !isAccount && previous?.index === index ? CONTINUITY_BONUS : 0;
        const score = mentions.reduce((most, m) => Math.max(most, cosineSimilarity(vector, vectorOf(m))), -Infinity) + bonus;
        if (score >= needed && (!best || score > best.score)) best = { index, score };
      }
      // A headline or lead reports the news its body dates first, when it shares anything with it.
      if (isLead && lead && lead.index !== best?.index) {
        const score = lead.mentions.reduce((most, m) => Math.max(most, cosineSimilarity(vector, vectorOf(m))), -Infinity);
        if (score >= LEAD_FLOOR) best = { index: lead.index, score };
      }
      if (!best && hasClaim) {
        // A count right after a dated sentence goes on telling that happening.
        const near = own
          .flatMap(({ index, mentions }) => mentions.map((m) => ({ index, m })))
          .filter(({ m }) => m.sentenceIndex < i && i - m.sentenceIndex <= NEARBY_SENTENCES && sentences[m.sentenceIndex]!.paragraph >= sentence.paragraph - 1)
          .sort((a, b) => b.m.sentenceIndex - a.m.sentenceIndex)[0];
        if (near) best = { index: near.index, score: 0 };
      }
      if (!best) return;
      result[best.index]!.push(undatedMention(source, sentence, i, result[best.index]!));
    });
  }
  return result;
}
