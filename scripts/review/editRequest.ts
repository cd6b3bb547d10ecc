/**
 * The body of `POST /api/edit`, checked with zod before anything is written:
 * one editorial edit, in the shape `writeEdit` takes. Bounds keep a request
 * small enough to write into a hand-edited file; whether the edit makes sense
 * for the timeline (a known id, a date of one precision) is writeEdit's call.
 */
import { z } from 'zod';
import type { EditorialEdit } from '../../src/pipeline/editorial/writeEdit.ts';

/** Event ids, as in the contract. */
const eventId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an event id is lowercase a-z, 0-9 and "-"').max(200);
/** A headline is a line; a few hundred characters is already a paragraph. */
const MAX_TITLE_CHARS = 500;
/** A summary is one to three sentences; this leaves room for a long one with links. */
const MAX_SUMMARY_CHARS = 10_000;
/** The quote backing an added event is a sentence or two from an article. */
const MAX_QUOTE_CHARS = 5_000;
/** A merge of more than this many events at once is a slip of the hand. */
const MAX_MERGED = 50;

const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((s) => !/[\n\r\u2028\u2029]/.test(s), 'must be one line');
/** ISO 8601 cut to its precision (2023, 2023-03, 2023-03-09, with a time), or start/end. */
const date = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2}(T[\d:]+(Z|[+-]\d{2}:\d{2})?)?)?)?(\/\d{4}(-\d{2}(-\d{2}(T[\d:]+(Z|[+-]\d{2}:\d{2})?)?)?)?)?$/, 'a date is 2023, 2023-03, 2023-03-09 or start/end');
const kind = z.enum(['main', 'background']);

export const editSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('title'), id: eventId, title: oneLine(MAX_TITLE_CHARS) }),
  z.strictObject({ type: z.literal('summary'), id: eventId, summary: z.string().max(MAX_SUMMARY_CHARS) }),
  z.strictObject({ type: z.literal('date'), id: eventId, date }),
  z.strictObject({ type: z.literal('kind'), id: eventId, kind }),
  z.strictObject({ type: z.literal('hide'), id: eventId, hide: z.boolean() }),
  z.strictObject({ type: z.literal('pin'), id: eventId, pin: z.boolean() }),
  z.strictObject({ type: z.literal('merge'), ids: z.array(eventId).min(2, 'select at least two events to merge').max(MAX_MERGED) }),
  z.strictObject({
    type: z.literal('add'),
    id: eventId.optional(),
    date,
    title: oneLine(MAX_TITLE_CHARS),
    source: z.string().trim().min(1).max(2_000),
    quote: z.string().trim().min(1, 'select the words that back the event').max(MAX_QUOTE_CHARS),
    kind: kind.optional(),
    summary: z.string().max(MAX_SUMMARY_CHARS).optional(),
  }),
]);

/** The edit, or why the request is refused, in words for the page. */
export type EditRequest = { ok: true; edit: EditorialEdit } | { ok: false; reason: string };

/** Parses a request body (already JSON-decoded) into an edit. */
export function readEditRequest(body: unknown): EditRequest {
  const result = editSchema.safeParse(body);
  if (result.success) return { ok: true, edit: result.data satisfies EditorialEdit };
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, reason: `${where}${issue.message}` };
}
