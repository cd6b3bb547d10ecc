import type { EditorialDate, EditorialEdits, SectionEdit } from '../types.ts';

/** What editorial.md says about one event, once every line that concerns it is read in applyEditorial's order. */
export interface EventEdits {
  title?: string;
  summary?: string;
  kind?: 'main' | 'background';
  date?: EditorialDate;
  /** Added by a `## new:` section, with these. */
  added?: { source?: string; quote?: string };
  hide?: true;
  pin?: true;
  /** The id it was merged into (following chains), when merged away. */
  mergedInto?: string;
}

/**
 * Per event id, what the file asks for, without line numbers: two files that
 * describe the same are the same edits, however they are laid out. Ids the
 * file names but asks nothing of are left out.
 */
export function describeEdits(edits: EditorialEdits): Map<string, EventEdits> {
  const ids = new Set([...edits.hide, ...edits.pin, ...edits.merge.flat()].map((l) => l.value));
  for (const section of edits.sections) ids.add(section.id);
  const out = new Map<string, EventEdits>();
  const merged = mergeTargets(edits);
  for (const id of [...ids].sort()) {
    const sections = edits.sections.filter((s) => s.id === id);
    const added = sections.find((s) => s.isNew);
    // A `## new:` section's values make the event; a later `## id` section's values then win (applyEditorial's order).
    const value = <K extends 'title' | 'summary' | 'kind' | 'date'>(key: K): SectionEdit[K] =>
      [...sections.filter((s) => !s.isNew)].reverse().find((s) => s[key])?.[key] ?? added?.[key];
    const flag = (key: 'hide' | 'pin'): true | undefined => {
      const last = [...sections].reverse().find((s) => s[key]);
      const on = last ? last[key]!.value : edits[key].some((l) => l.value === id);
      return on ? true : undefined;
    };
    const event: EventEdits = {
      title: value('title')?.value,
      summary: value('summary')?.value,
      kind: value('kind')?.value,
      date: value('date')?.value,
      added: added ? { source: added.source?.value, quote: added.quote?.value } : undefined,
      hide: flag('hide'),
      pin: flag('pin'),
      mergedInto: merged.get(id),
    };
    const kept = Object.fromEntries(Object.entries(event).filter(([, v]) => v !== undefined)) as EventEdits;
    if (Object.keys(kept).length > 0) out.set(id, kept);
  }
  return out;
}

/** Merged-away id → the id it ends in, as applyEditorial folds the entries in order (a merged-away first id merges nothing). */
export function mergeTargets(edits: EditorialEdits): Map<string, string> {
  const into = new Map<string, string>();
  for (const entry of edits.merge) {
    const [first, ...rest] = entry.map((l) => l.value);
    if (first === undefined || into.has(first)) continue;
    for (const id of rest) {
      if (id === first || into.has(id)) continue;
      into.set(id, first);
      for (const [from, to] of into) if (to === id) into.set(from, first);
    }
  }
  return into;
}
