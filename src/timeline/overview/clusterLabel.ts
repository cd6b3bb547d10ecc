/**
 * A cluster's name (its accessible name, caption and tooltip): how many
 * events it stands for, in the page's plural forms ("12 events",
 * "12 событий"), and the dates of its first and last, as their marks say them.
 */
export function clusterLabel(count: number, first: string, last: string, forms: Readonly<Record<string, string>>, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count);
  const words = (forms[category] ?? forms.other ?? '{n}').replace('{n}', count.toLocaleString(lang));
  return first === last ? `${words}, ${first}` : `${words}, ${first} – ${last}`;
}
