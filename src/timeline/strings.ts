/**
 * Every word the site shows, one dictionary per language (English, Russian,
 * Ukrainian), so a translation is one new file. `stringsFor` picks the
 * dictionary for a page language by its primary subtag, English otherwise.
 */
import { en, type Strings } from './strings/en';
import { ru } from './strings/ru';
import { uk } from './strings/uk';

export type { Strings };

const dictionaries: Record<string, Strings> = { en, ru, uk };

/** Languages the site is written in. */
export const SITE_LANGUAGES = Object.keys(dictionaries);

/** The dictionary for a language tag ("uk", "ru-RU"); English when there is none. */
export function stringsFor(lang: string | undefined): Strings {
  const primary = (lang ?? 'en').toLowerCase().split(/[-_]/)[0]!;
  return dictionaries[primary] ?? en;
}

/** A template's text before and after `{name}`, to wrap markup (a <time>) in words. */
export function around(template: string, name: string): [string, string] {
  const at = template.indexOf(`{${name}}`);
  return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + name.length + 2)];
}

/** A template with its `{name}`s filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}
