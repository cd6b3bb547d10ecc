/** A count in a dictionary's plural forms ({ one: '{n} event', other: '{n} events' }), by the language's plural rules. */
export function pluralCount(count: number, forms: Readonly<Record<string, string>>, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count);
  return (forms[category] ?? forms.other ?? '{n}').replace('{n}', count.toLocaleString(lang));
}
