import type { Source, TimelineEvent } from '../../pipeline/schema';

/** The sources an event cites, each once, in the order its mentions cite them. */
export function eventSources(event: Pick<TimelineEvent, 'mentions'>, byId: ReadonlyMap<string, Source>): Source[] {
  const ids = [...new Set(event.mentions.map((m) => m.source))];
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
