import { readFileSync } from 'node:fs';

interface GoldEntry {
  date: string;
  precision: string;
  text: string;
}

/** The gold timeline as scoring needs it: each day-precision day and its text, in date order. */
export interface GoldTimeline {
  days: Map<string, string>;
}

/**
 * Reads a story's gold timeline.json. Only day-precision entries count (our
 * days are compared with days). A day's text joins its entries' sentences;
 * a sentence listed twice (two events in one sentence) is joined once, so
 * the reference does not hold the same words twice.
 */
export function readGoldTimeline(file: string): GoldTimeline {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { entries?: GoldEntry[] };
  if (!Array.isArray(data.entries)) throw new Error(`${file}: no entries[]`);
  const texts = new Map<string, Set<string>>();
  for (const entry of data.entries) {
    if (entry.precision !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) continue;
    const set = texts.get(entry.date) ?? new Set<string>();
    set.add(entry.text.trim());
    texts.set(entry.date, set);
  }
  const days = new Map([...texts.keys()].sort().map((day) => [day, [...texts.get(day)!].join(' ')]));
  return { days };
}
