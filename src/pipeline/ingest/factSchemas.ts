import { z } from 'zod';
import type { ArticleFacts } from '../types.ts';
import { parsePublished } from './parsePublished.ts';
import { toLanguageTag } from './toLanguageTag.ts';

export type FactField = keyof ArticleFacts;

/** The longest headlines run to about 150 characters; twice that is a paragraph, not a title. */
export const MAX_TITLE_CHARS = 300;
/** An outlet's name or a byline (several authors with their roles) fits in this. */
export const MAX_NAME_CHARS = 200;
/** The URL length that browsers, servers and sitemaps all handle. */
export const MAX_URL_CHARS = 2048;

/** How a value from outside is checked: its schema, and what of it can be kept when it fails. */
export interface ValueRule {
  schema: z.ZodType<string>;
  /** A usable part of a value the schema refused (the start of an over-long text), if any. */
  salvage?: (value: unknown) => string | undefined;
}

/** What a YAML value is, for a diagnostic that says why it is not what was expected. */
export function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return `${value} (a yes/no value)`;
  return `a ${typeof value}`;
}

// Control characters become spaces; bidi overrides and isolates go, so a title cannot display reversed.
const cleanText = (text: string): string => text.replace(/[\p{Cc}\s]+/gu, ' ').replace(/[\u202A-\u202E\u2066-\u2069]/g, '').trim();

/** Text as YAML gives it: a string, or a number such as `title: 1984`. */
const plainText = z.union([z.string(), z.number()], { error: (issue) => `is ${kindOf(issue.input)}, not text` }).transform((v) => cleanText(String(v)));

/** A cut text ends at its last whole word unless that keeps less than this share of what fits (one very long word). */
const MIN_SHARE_KEPT_AT_WORD = 0.8;

/** The start of a text cut at a word boundary to fit `max` characters, marked with an ellipsis. */
export function cutToLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max * MIN_SHARE_KEPT_AT_WORD ? head.slice(0, space) : head).trimEnd()}…`;
}

/** A line of text of at most `max` characters; a longer one keeps its start. */
export function textRule(max: number): ValueRule {
  return {
    schema: plainText.pipe(z.string().max(max, `is longer than ${max} characters`)),
    salvage: (value) => {
      const text = plainText.safeParse(value);
      return text.success ? cutToLength(text.data, max) : undefined;
    },
  };
}

export const urlRule: ValueRule = {
  schema: z
    .string({ error: (issue) => `is ${kindOf(issue.input)}, not a URL` })
    .transform((v) => v.trim())
    .pipe(z.string().max(MAX_URL_CHARS, `is longer than ${MAX_URL_CHARS} characters`))
    // Only http(s): a javascript: or data: URL would run as a link on the page.
    .pipe(z.url({ protocol: /^https?$/, error: 'is not an http(s) URL' })),
};

export const languageRule: ValueRule = {
  schema: z.string({ error: (issue) => `is ${kindOf(issue.input)}, not a language tag` }).transform((v, ctx) => {
    const tag = toLanguageTag(v);
    if (tag) return tag;
    ctx.addIssue({ code: 'custom', message: 'is not a language tag (BCP 47, such as en, ru or uk-UA)' });
    return z.NEVER;
  }),
};

export const publishedRule: ValueRule = {
  schema: z
    .union([z.string(), z.number().int(), z.date()], { error: (issue) => `is ${kindOf(issue.input)}, not a date` })
    .transform((v, ctx) => {
      const text = v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : String(v).trim();
      if (parsePublished(text, '')) return text;
      ctx.addIssue({ code: 'custom', message: 'is not a publication date (ISO 8601: 2021-03-02, 2021-03, 2021 or 2021-03-02T09:30+02:00)' });
      return z.NEVER;
    }),
};

/** One rule per article fact, wherever it comes from: front matter, sources.yaml or a saved page's metadata. */
export const FACT_RULES: Record<FactField, ValueRule> = {
  title: textRule(MAX_TITLE_CHARS),
  outlet: textRule(MAX_NAME_CHARS),
  author: textRule(MAX_NAME_CHARS),
  url: urlRule,
  language: languageRule,
  published: publishedRule,
};
