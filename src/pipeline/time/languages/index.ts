import type { LanguageTable } from './LanguageTable';
import { en } from './en';
import { ru } from './ru';
import { uk } from './uk';

const tables: Record<string, LanguageTable> = { en, ru, uk };

/** The table for a BCP 47 tag ("uk-UA" → uk); English when the language is unknown. */
export function getLanguageTable(language: string | undefined): LanguageTable {
  const base = (language ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  return tables[base] ?? en;
}

export type { LanguageTable } from './LanguageTable';
