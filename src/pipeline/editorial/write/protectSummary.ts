import { parseEditorial } from '../parseEditorial.ts';

/**
 * A summary that will be its section's first paragraph, written so that
 * parseEditorial reads it as summary and not as `key: value` options: when
 * its first line looks like an option ("note: …", "date: …"), its first colon
 * is escaped (`note\: …`, which Markdown shows as "note: …"). The parser
 * itself decides what looks like an option, so the two cannot disagree.
 */
export function protectSummary(summary: string): string {
  if (readsAsSummary(summary)) return summary;
  const escaped = summary.replace(':', '\\:');
  return escaped !== summary && readsAsSummary(escaped) ? escaped : summary;
}

function readsAsSummary(summary: string): boolean {
  const { edits, diagnostics } = parseEditorial(`## a-1\n${summary}\n`);
  const section = edits.sections[0];
  return diagnostics.length === 0 && section !== undefined && section.summary?.value === summary && Object.keys(section).every((k) => ['id', 'line', 'isNew', 'summary'].includes(k));
}
