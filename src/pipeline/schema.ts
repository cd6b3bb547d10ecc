/**
 * The data contract: `timeline.json`, version 1. This zod schema is its single
 * definition; the CLI validates on write and the site validates on read.
 * Fields may be added; the ones here keep their meaning.
 */
import { z } from 'zod';

/** ISO 8601 cut to its precision: 2014, 2023-03, 2023-11-07, 2023-11-07T09:30+01:00. */
const isoCut = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$/, 'ISO 8601 date cut to its precision');

export const precisionSchema = z.enum(['year', 'month', 'day', 'minute']);

export const publishedSchema = z.object({
  date: isoCut,
  precision: precisionSchema,
  inferred: z.boolean(),
  /** Where the date came from: dateline, front-matter, sources.yaml, meta, or how it was inferred. */
  basis: z.string(),
});

export const sourceSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  language: z.string().min(2),
  published: publishedSchema.nullable(),
  /** Why an article gave no event, when it gave none. */
  note: z.string().optional(),
});

export const mentionSchema = z.object({
  source: z.string().min(1),
  quote: z.string().min(1),
  /** Offsets (JavaScript string indices) into the source's cleaned text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  expression: z.string(),
});

export const disputeSchema = z.object({
  about: z.string().min(1),
  accounts: z
    .array(z.object({ value: z.string().min(1), sources: z.array(z.string().min(1)).min(1) }))
    .min(2),
});

/**
 * How an event got its date: "expression", a temporal expression in its
 * sentences; "publication", no expression, the day its articles were
 * published (a headline or lead reporting the news); "editorial", a person's.
 */
export const dateBasisSchema = z.enum(['expression', 'publication', 'editorial']);

export const eventSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  date: z.object({ start: isoCut, end: isoCut.optional(), precision: precisionSchema, basis: dateBasisSchema }),
  /** "planned": announced or expected, not (yet) happened when reported. */
  status: z.enum(['reported', 'planned']),
  /** "key" events lead the page; "more" are shown on demand. */
  tier: z.enum(['key', 'more']),
  title: z.string().min(1),
  summary: z.string(),
  kind: z.enum(['main', 'background']),
  salience: z.number().nonnegative(),
  actors: z.array(z.string()),
  mentions: z.array(mentionSchema).min(1),
  disputes: z.array(disputeSchema),
});

export const diagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  level: z.enum(['error', 'warning', 'info']),
  message: z.string().min(1),
});

export const timelineSchema = z
  .object({
    version: z.literal(1),
    title: z.string().min(1),
    /** The page's language: sources.yaml's `language`, else the language most articles are in. */
    language: z.string().min(2).optional(),
    sources: z.array(sourceSchema),
    events: z.array(eventSchema),
    diagnostics: z.array(diagnosticSchema),
  })
  .superRefine((timeline, ctx) => {
    const sourceIds = new Set(timeline.sources.map((s) => s.id));
    timeline.events.forEach((event, i) => {
      event.mentions.forEach((mention, j) => {
        if (!sourceIds.has(mention.source)) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', i, 'mentions', j, 'source'],
            message: `unknown source id "${mention.source}"`,
          });
        }
      });
    });
  });

export type Precision = z.infer<typeof precisionSchema>;
export type DateBasis = z.infer<typeof dateBasisSchema>;
export type Published = z.infer<typeof publishedSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type Timeline = z.infer<typeof timelineSchema>;

/** Parses and checks a timeline; throws a readable error naming the first bad paths. */
export function parseTimeline(data: unknown): Timeline {
  const result = timelineSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues
      .slice(0, 10)
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`timeline.json breaks contract version 1:\n${lines.join('\n')}`);
  }
  return result.data;
}
