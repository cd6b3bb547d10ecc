/**
 * What each value a journalist writes in editorial.md may be, as zod
 * schemas: checked where it enters, so a wrong one is reported at its line
 * and the other edits still apply.
 */
import { z } from 'zod';
import { MAX_TITLE_CHARS, MAX_URL_CHARS, textRule, type ValueRule } from '../ingest/factSchemas.ts';
import { parseEditorialDate } from './parseEditorialDate.ts';

/** A story or event title: as long as an article's headline may be. */
export const MAX_EDITORIAL_TITLE_CHARS = MAX_TITLE_CHARS;
/** A quote backs one event with a few sentences; longer is a pasted article, not a quote. */
export const MAX_QUOTE_CHARS = 2000;

/** Text options: a longer value keeps its start, with a warning. `source` is a source id or an http(s) URL. */
export const TEXT_OPTION_RULES: Record<'title' | 'quote' | 'source', ValueRule> = {
  title: textRule(MAX_EDITORIAL_TITLE_CHARS),
  quote: textRule(MAX_QUOTE_CHARS),
  source: textRule(MAX_URL_CHARS),
};

/** The front matter's `title`. */
export const storyTitleRule: ValueRule = textRule(MAX_EDITORIAL_TITLE_CHARS);

const yesNo = z
  .string()
  .regex(/^(true|yes|false|no)$/i, 'true or false')
  .transform((v) => /^(true|yes)$/i.test(v));

/** The other options, each to its value; an issue's message says what was expected. */
export const OPTION_SCHEMAS = {
  kind: z.enum(['main', 'background'], { error: 'main or background' }),
  hide: yesNo,
  pin: yesNo,
  date: z.string().transform((v, ctx) => {
    const date = parseEditorialDate(v);
    if (date) return date;
    ctx.addIssue({
      code: 'custom',
      message: 'an ISO 8601 date cut to its precision (2014, 2023-03, 2023-11-07, 2023-11-07T09:30+01:00) or a range start/end of one precision',
    });
    return z.NEVER;
  }),
};
