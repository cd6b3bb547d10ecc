import type { Timeline } from '../../src/pipeline/schema.ts';

/**
 * The contract as bytes: one source, event or diagnostic per line, each
 * compact, with a final newline. A large story's file stays small (no
 * indentation, which doubled it) and a rebuild's diff still reads event by
 * event. The same timeline always gives the same bytes.
 */
export function serializeTimeline(timeline: Timeline): string {
  const lines: string[] = [];
  const entries = Object.entries(timeline);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value) && value.length > 0) {
      lines.push(`${JSON.stringify(key)}:[`, value.map((item) => JSON.stringify(item)).join(',\n'), `]${comma}`);
    } else lines.push(`${JSON.stringify(key)}:${JSON.stringify(value)}${comma}`);
  });
  return `{\n${lines.join('\n')}\n}\n`;
}
