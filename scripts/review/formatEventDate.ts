import type { TimelineEvent } from '../../src/pipeline/schema.ts';

/** "2023-03-09", or "2023-03-09/2023-03-11": the editorial format, which also says the precision. */
export function editorialDateOf(date: TimelineEvent['date']): string {
  return date.end && date.end !== date.start ? `${date.start}/${date.end}` : date.start;
}

/** Words for how a date is known, for the journalist checking it. */
const BASIS_WORDS: Record<TimelineEvent['date']['basis'], string> = {
  expression: 'from a date in the text',
  publication: 'the publication day (no date in the text)',
  editorial: 'set in editorial.md',
};

/** "2023-03-09 – 2023-03-11 (day; from a date in the text)". */
export function describeEventDate(date: TimelineEvent['date']): string {
  const span = date.end && date.end !== date.start ? `${date.start} – ${date.end}` : date.start;
  return `${span} (${date.precision}; ${BASIS_WORDS[date.basis]})`;
}
