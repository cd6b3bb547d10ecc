import type { LanguageTable } from './LanguageTable';
import { en } from './en';
import { ru } from './ru';
import { uk } from './uk';
import { primaryLanguage } from '../../text/primaryLanguage.ts';

const tables: Record<string, LanguageTable> = { en, ru, uk };

/** The table for a BCP 47 tag ("uk-UA" → uk); English when the language is unknown. */
export function getLanguageTable(language: string | undefined): LanguageTable {
  return tables[primaryLanguage(language ?? 'en')] ?? en;
}

export type { LanguageTable } from './LanguageTable';
