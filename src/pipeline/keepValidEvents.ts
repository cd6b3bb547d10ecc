import { eventSchema, type Diagnostic, type Source, type TimelineEvent } from './schema.ts';

/**
 * One bad event never costs the story: each event is checked against the
 * contract on its own, and one that breaks it is left out with a diagnostic
 * naming the article and the sentence it came from.
 */
export function keepValidEvents(events: readonly TimelineEvent[], sources: readonly Source[]): { events: TimelineEvent[]; diagnostics: Diagnostic[] } {
  const fileOf = new Map(sources.map((s) => [s.id, s.file]));
  const kept: TimelineEvent[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const event of events) {
    const checked = eventSchema.safeParse(event);
    const unknown = event.mentions.find((m) => !fileOf.has(m.source));
    if (checked.success && !unknown) {
      kept.push(event);
      continue;
    }
    const first = event.mentions[0];
    const problem = checked.success ? `unknown source "${unknown!.source}"` : checked.error.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`).join('; ');
    diagnostics.push({
      file: (first && fileOf.get(first.source)) ?? 'timeline',
      level: 'warning',
      message: `event ${event.id} left out (${problem}); it came from: "${(first?.quote ?? '').slice(0, 120)}"`,
    });
  }
  return { events: kept, diagnostics };
}
