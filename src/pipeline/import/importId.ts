import { slugify } from '../events/eventId.ts';
import { dayOf } from '../isoDate.ts';

/** A contract event id: lowercase letters, digits and dashes. */
const EVENT_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Words of the headline an id keeps, as the pipeline's own ids do. */
const ID_WORDS = 6;
/** A unique_id is a person's chosen name; it is kept whole up to this many words. */
const UNIQUE_ID_WORDS = 12;

/**
 * The id of an imported event: its `unique_id` when it has one (so a
 * TimelineJS3 file this site exported comes back under its own ids), else
 * its day and headline words, like an extracted event's; `-2`, `-3`… when
 * the id is taken. The id is added to `taken`.
 */
export function importId(uniqueId: string, start: string, title: string, taken: Set<string>): string {
  const named = uniqueId ? slugify(uniqueId, UNIQUE_ID_WORDS) : '';
  const base = EVENT_ID.test(named) ? named : `${dayOf(start)}-${slugify(title, ID_WORDS) || 'event'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
