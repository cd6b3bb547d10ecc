/** Word forms of a counted noun by CLDR plural category ("1 event", "3 события", "5 подій"). */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** `n` written for `lang`, followed by the form its plural rule picks. */
export function plural(lang: string, n: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  const category = rule.select(n);
  const word = category === 'one' ? forms.one : category === 'few' ? (forms.few ?? forms.other) : category === 'many' ? (forms.many ?? forms.other) : forms.other;
  return `${n.toLocaleString(lang)} ${word}`;
}
