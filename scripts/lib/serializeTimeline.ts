import type { Timeline } from '../../src/pipeline/schema.ts';

/** Two-space JSON with a final newline: the same timeline always gives the same bytes. */
export function serializeTimeline(timeline: Timeline): string {
  return `${JSON.stringify(timeline, null, 2)}\n`;
}
