import { slugify } from '../../events/index.ts';
import { dayOf } from '../../isoDate.ts';

/** Words of the title an id keeps, as the TimelineJS3 import's ids (import/importId.ts) and the pipeline's own do. */
const ID_WORDS = 6;

/**
 * An id for an event added by hand, like an extracted event's: its day (or
 * month or year) and its title's words, `-2`, `-3`… when taken.
 */
export function newEventId(start: string, title: string, taken: ReadonlySet<string>): string {
  const base = `${dayOf(start)}-${slugify(title, ID_WORDS) || 'event'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
