import type { z } from 'zod';
import { kindOf } from '../ingest/factSchemas.ts';
import { jsonDateSchema, jsonFileSchema, jsonSlideSchema } from './importSchemas.ts';
import type { ImportDateParts, ImportProblem, ImportRow, TimelineJsRead } from './types.ts';

type Slide = z.infer<typeof jsonSlideSchema>;

/**
 * A TimelineJS3 JSON file (`{ title?, events: [slide…], eras? }`) as rows.
 * JSON that is not an object with an `events` list is not TimelineJS3;
 * a slide that is not an object of the documented shape is a problem
 * naming its index, and the other slides are still read. Eras come back
 * as rows of type `era`, for the caller to note.
 */
export function readTimelineJsJson(text: string): TimelineJsRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { refused: `not valid JSON (${(error as Error).message}), so it was not read as a TimelineJS3 file` };
  }
  const file = jsonFileSchema.safeParse(data);
  if (!file.success) return { refused: 'not a TimelineJS3 file: TimelineJS3 JSON is an object with an "events" list' };
  // Another program's "events" (this site's own timeline.json among them) are not slides: a slide is dated by start_date.
  const slides = file.data.events.filter((e) => typeof e === 'object' && e !== null && 'start_date' in e);
  if (file.data.events.length > 0 && slides.length === 0) return { refused: 'not a TimelineJS3 file: none of its events has a start_date' };
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const read = (value: unknown, label: string, type?: string): ImportRow | undefined => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ message: `${label}: is ${kindOf(value)}, not a slide (not added)` });
      return undefined;
    }
    const slide = jsonSlideSchema.safeParse(value);
    if (slide.success) return slideRow(slide.data, label, type);
    const issue = slide.error.issues[0]!;
    problems.push({ message: `${label}${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message} (not added)` });
    return undefined;
  };
  file.data.events.forEach((slide, i) => {
    const row = read(slide, `events[${i}]`);
    if (row) rows.push(row);
  });
  (file.data.eras ?? []).forEach((era, i) => {
    const row = read(era, `eras[${i}]`, 'era');
    if (row) rows.push(row);
  });
  const title = file.data.title === undefined || file.data.title === null ? undefined : read(file.data.title, 'title', 'title');
  return { format: 'TimelineJS3 JSON', ...(title ? { title } : {}), rows, problems };
}

function slideRow(slide: Slide, label: string, type?: string): ImportRow {
  const end = slide.end_date && slide.end_date.year ? { end: dateParts(slide.end_date) } : {};
  return {
    label,
    start: dateParts(slide.start_date ?? undefined),
    ...end,
    headline: slide.text?.headline ?? '',
    text: slide.text?.text ?? '',
    media: slide.media?.url ?? '',
    type: type ?? slide.type.trim().toLowerCase(),
    group: slide.group.trim(),
    uniqueId: slide.unique_id.trim(),
  };
}

/** JSON's hour and minute become a time of day, as a sheet writes it. */
function dateParts(date: z.infer<typeof jsonDateSchema> | undefined): ImportDateParts {
  if (!date) return { year: '', month: '', day: '', time: '' };
  const time = date.hour ? `${date.hour}:${(date.minute || '0').padStart(2, '0')}` : '';
  return { year: date.year, month: date.month, day: date.day, time };
}
