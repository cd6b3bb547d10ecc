import { titledEventId } from '../../events/index.ts';

/** An id for an event added by hand: the pipeline's rule for hand-made ids (titledEventId). */
export function newEventId(start: string, title: string, taken: ReadonlySet<string>): string {
  return titledEventId(start, title, taken);
}
