import { slugify, titledEventId } from '../events/eventId.ts';

/** A contract event id: lowercase letters, digits and dashes. */
const EVENT_ID = /^[a-z0-9][a-z0-9-]*$/;
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
  let id: string;
  if (named && EVENT_ID.test(named)) {
    id = named;
    for (let n = 2; taken.has(id); n++) id = `${named}-${n}`;
  } else id = titledEventId(start, title, taken);
  taken.add(id);
  return id;
}
