import type { Diagnostic } from '../schema.ts';
import { FACT_RULES, type FactField } from './factSchemas.ts';
import { validateValue } from './validateValue.ts';

/** What happens to an article when one of its facts is refused. */
const INSTEAD: Record<FactField, string> = {
  title: 'ignored (the title is taken from elsewhere)',
  outlet: 'ignored',
  author: 'ignored',
  url: 'ignored',
  language: 'the language is detected from the text instead',
  published: 'ignored, so the article is undated (its date is inferred) unless it states one elsewhere',
};

/** Where an article fact comes from: the file, its line, and the place in it ("front matter", "sources.a.txt"). */
export interface FactOrigin {
  file: string;
  line?: number;
  label: string;
}

/** One article fact from outside, checked by its rule (see factSchemas.ts): the value to use and/or a diagnostic. */
export function validateFact(field: FactField, value: unknown, origin: FactOrigin): { value?: string; diagnostic?: Diagnostic } {
  return validateValue(FACT_RULES[field], value, { file: origin.file, ...(origin.line ? { line: origin.line } : {}), name: `${origin.label} ${field}` }, INSTEAD[field]);
}
