import { contentTerms } from './contentTerms.ts';
import type { DatedMention } from './types.ts';

/** A mention as plain values, for tests: one quote, its date, every term at full weight. */
export function mentionFixture(
  source: string,
  quote: string,
  interval: { start: string; end?: string; precision: DatedMention['interval']['precision'] },
  options: { expression?: string; comparison?: boolean; sentenceIndex?: number; basis?: DatedMention['basis']; status?: DatedMention['status']; absolute?: boolean } = {},
): DatedMention {
  const terms = contentTerms(quote);
  return {
    source,
    sourceIndex: source.charCodeAt(0),
    start: 0,
    end: quote.length,
    quote,
    sentence: { start: 0, end: quote.length },
    expression: options.expression ?? '',
    absolute: options.absolute ?? false,
    basis: options.basis ?? (options.expression ? 'expression' : 'attached'),
    status: options.status ?? 'reported',
    interval: { start: interval.start, end: interval.end ?? interval.start, precision: interval.precision },
    terms,
    weights: new Map(terms.map((t) => [t, 1])),
    clause: { start: 0, end: quote.length },
    comparison: options.comparison ?? false,
    sentenceIndex: options.sentenceIndex ?? 0,
  };
}
