/** The story's span in words ("4 March to 9 April 2019"), from its first and last events in date order; null without events. */
import type { TimelineEvent } from '../../pipeline/schema';
import { dateLabel } from '../eventDate';
import type { Strings } from '../strings';

export function storySpan(sorted: readonly Pick<TimelineEvent, 'date'>[], t: Strings): string | null {
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;
  return first === last ? dateLabel(first, t.lang) : t.spanTo(dateLabel(first, t.lang), dateLabel(last, t.lang));
}
