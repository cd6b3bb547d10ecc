import type { TextFrame } from '../languages/LanguageTable';
import { WB_LEFT } from '../regexUtil';

/** One match of a body inside its frame: the span (the frame's `span` group and the body, not the lead preposition) and the groups. */
export interface FramedMatch {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

// keyed by the frame: each table holds its own frame object, so a body built from that table is built once
const cache = new WeakMap<TextFrame, RegExp>();

/**
 * Matches of `body` between a table frame's lead words and the words that may follow it:
 * "in the morning", "on the 25th.". The body's source is built once per frame.
 */
export function framedMatches(text: string, frame: TextFrame | null, body: () => string): FramedMatch[] {
  if (!frame) return [];
  let re = cache.get(frame);
  if (!re) {
    re = new RegExp(`${WB_LEFT}${frame.lead}(?<body>${body()})(?=${frame.follow})`, 'giu');
    cache.set(frame, re);
  }
  re.lastIndex = 0;
  const out: FramedMatch[] = [];
  for (const m of text.matchAll(re)) {
    const groups = m.groups ?? {};
    const end = m.index + m[0].length;
    out.push({ start: end - (groups.span ?? '').length - (groups.body ?? '').length, end, groups });
  }
  return out;
}
