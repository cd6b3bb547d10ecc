/**
 * One event as a schema.org `Event`: its name, its dates as ISO 8601 cut to
 * their precision (schema.org takes 2014, 2019-03 and 2019-03-04 alike) and,
 * for an announced one, that it is scheduled. `url` only when absolute.
 */
import type { TimelineEvent } from '../../pipeline/schema';

export interface EventEntity {
  '@type': 'Event';
  name: string;
  startDate: string;
  endDate?: string;
  eventStatus?: string;
  url?: string;
}

export function eventEntity(event: Pick<TimelineEvent, 'title' | 'date' | 'status'>, url: string | undefined): EventEntity {
  return {
    '@type': 'Event',
    name: event.title,
    startDate: event.date.start,
    ...(event.date.end && event.date.end !== event.date.start ? { endDate: event.date.end } : {}),
    ...(event.status === 'planned' ? { eventStatus: 'https://schema.org/EventScheduled' } : {}),
    ...(url ? { url } : {}),
  };
}
