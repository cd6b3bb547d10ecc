import { z } from 'zod';
import { EVENT_ID } from '../parseEditorial.ts';
import { parseEditorialDate } from '../parseEditorialDate.ts';
import { TEXT_OPTION_RULES } from '../editorialSchemas.ts';
import type { EditorialDate } from '../types.ts';
import { normalizeSummary } from './normalizeSummary.ts';

/** An edit whose values are written as parseEditorial will read them: text cleaned, dates parsed, summaries normalized, merge ids deduplicated. */
export type CheckedEdit =
  | { type: 'title'; id: string; title: string }
  | { type: 'summary'; id: string; summary: string }
  | { type: 'date'; id: string; date: EditorialDate; text: string }
  | { type: 'kind'; id: string; kind: 'main' | 'background' }
  | { type: 'hide' | 'pin'; id: string; on: boolean }
  | { type: 'merge'; ids: string[] }
  | { type: 'add'; id?: string; date: EditorialDate; dateText: string; title: string; source: string; quote: string; kind?: 'main' | 'background'; summary?: string; taken: readonly string[] };

const id = z.string({ error: 'an event id must be text' }).refine((v) => EVENT_ID.test(v), { error: (issue) => `${JSON.stringify(issue.input)} is not an event id (lowercase letters, digits and '-', starting with a letter or digit)` });
const text = z.string({ error: (issue) => `${issue.path?.join('.') || 'the value'} must be text` });
const kind = z.enum(['main', 'background'], { error: 'kind must be main or background' });

/** The shape an edit arrives in from the review page (JSON), checked where it enters. */
const editSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('title'), id, title: text }),
    z.object({ type: z.literal('summary'), id, summary: text }),
    z.object({ type: z.literal('date'), id, date: text }),
    z.object({ type: z.literal('kind'), id, kind }),
    z.object({ type: z.literal('hide'), id, hide: z.boolean({ error: 'hide must be true or false' }) }),
    z.object({ type: z.literal('pin'), id, pin: z.boolean({ error: 'pin must be true or false' }) }),
    z.object({ type: z.literal('merge'), ids: z.array(id, { error: 'merge needs a list of event ids' }) }),
    z.object({ type: z.literal('add'), id: id.optional(), date: text, title: text, source: text, quote: text, kind: kind.optional(), summary: text.optional(), taken: z.array(z.string()).optional() }),
  ],
  { error: 'an edit is one of title, summary, date, kind, hide, pin, merge, add' },
);

/** A source that looks like a URL must be http(s): applyEditorial refuses any other scheme. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The edit with its values cleaned, or why it cannot be written. */
export function checkEditInput(input: unknown): { edit: CheckedEdit } | { reason: string } {
  const parsed = editSchema.safeParse(input);
  if (!parsed.success) return { reason: parsed.error.issues[0]?.message ?? 'not an edit' };
  const edit = parsed.data;
  try {
    switch (edit.type) {
      case 'title':
        return { edit: { ...edit, title: cleanText('title', edit.title) } };
      case 'summary':
        return { edit: { ...edit, summary: normalizeSummary(edit.summary) } };
      case 'date': {
        const { date, text: dateText } = checkDate(edit.date);
        return { edit: { type: 'date', id: edit.id, date, text: dateText } };
      }
      case 'kind':
        return { edit };
      case 'hide':
        return { edit: { type: 'hide', id: edit.id, on: edit.hide } };
      case 'pin':
        return { edit: { type: 'pin', id: edit.id, on: edit.pin } };
      case 'merge': {
        const ids = [...new Set(edit.ids)];
        if (ids.length < 2) throw new Refusal(`a merge needs at least two different event ids (got ${JSON.stringify(edit.ids)})`);
        return { edit: { type: 'merge', ids } };
      }
      case 'add': {
        const { date, text: dateText } = checkDate(edit.date);
        const source = cleanText('source', edit.source);
        if (SCHEME.test(source) && !isHttpUrl(source)) throw new Refusal(`the source ${JSON.stringify(source)} is neither an http(s) URL nor a source id`);
        const summary = edit.summary === undefined ? undefined : normalizeSummary(edit.summary) || undefined;
        return { edit: { type: 'add', id: edit.id, date, dateText, title: cleanText('title', edit.title), source, quote: cleanText('quote', edit.quote), kind: edit.kind, summary, taken: edit.taken ?? [] } };
      }
    }
  } catch (error) {
    if (error instanceof Refusal) return { reason: error.message };
    throw error;
  }
}

class Refusal extends Error {}

/** Text as parseEditorial will read it (white space folded, control and bidi characters gone), non-empty and within its length. */
function cleanText(key: 'title' | 'source' | 'quote', value: string): string {
  const checked = TEXT_OPTION_RULES[key].schema.safeParse(value);
  if (!checked.success) throw new Refusal(`the ${key} ${checked.error.issues[0]?.message ?? "is not text"}`);
  if (!checked.data) throw new Refusal(`the ${key} is empty`);
  return checked.data;
}

function checkDate(value: string): { date: EditorialDate; text: string } {
  const date = parseEditorialDate(value.trim());
  if (!date) throw new Refusal(`${JSON.stringify(value)} is not a date editorial.md reads: ISO 8601 cut to its precision (2023, 2023-03, 2023-03-09, 2023-03-09T09:30+01:00) or start/end of one precision`);
  return { date, text: date.end ? `${date.start}/${date.end}` : date.start };
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
