import type { ClassifiedLine } from './classifyLines.ts';
import { countWords } from './countWords.ts';
import { listingHeaders } from './nonStoryCues.ts';

/** Rows a schedule needs to be told from a few timed sentences. */
const MIN_ROWS = 3;
/** A programme's name is a few words; a row saying more is a sentence with a time in front. */
const ROW_MAX_WORDS = 12;
/** Minutes a schedule may step back at most (past midnight it starts again): a live blog runs backwards all the time. */
const MAX_STEPS_BACK = 1;

const MINUTES_PER_HOUR = 60;
/** "06:00 Breakfast", "7.30pm – The Evening Show", "18:00 | News". */
const row = /^((?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)(?:\s*[-–—|:]\s*|\s+)(\S.*)$/iu;
const clockOnly = /^((?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)$/iu;

/** Minutes after midnight of a clock time ("7.30pm" → 1170). */
function minutesOf(clock: string): number {
  const m = /^(\d{1,2})(?:[:.](\d\d))?\s*([ap])?/i.exec(clock.trim())!;
  let hour = Number(m[1]);
  if (m[3]?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (m[3]?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return hour * MINUTES_PER_HOUR + Number(m[2] ?? 0);
}

/**
 * Marks broadcast schedules (TV and radio listings): runs of rows made of
 * a clock time and a programme's name, in the order of the day, or a
 * "TV listings" heading with its rows. The order tells them from a live
 * blog, whose newest entry comes first, and the short names from timed
 * sentences ("09:15 Police closed the bridge after…").
 */
export function markListings(lines: ClassifiedLine[]): void {
  let i = 0;
  while (i < lines.length) {
    const headed = listingHeaders.some((cue) => cue.test(lines[i]!.text)) && !lines[i]!.prose;
    const first = headed ? i + 1 : i;
    const rows: { lines: number[]; minutes: number }[] = [];
    let j = first;
    while (j < lines.length) {
      const found = rowAt(lines, j);
      if (!found) break;
      rows.push(found);
      j = found.lines.at(-1)! + 1;
    }
    const stepsBack = rows.slice(1).filter((r, k) => r.minutes < rows[k]!.minutes).length;
    if ((rows.length >= MIN_ROWS || (headed && rows.length > 0)) && stepsBack <= MAX_STEPS_BACK) {
      if (headed) lines[i]!.dropped ??= 'listing';
      for (const r of rows) for (const k of r.lines) lines[k]!.dropped = 'listing';
      i = j;
    } else {
      if (headed && !lines[i]!.dropped) lines[i]!.dropped = 'listing';
      i++;
    }
  }
}

/** The schedule row starting at line i: "06:00 Breakfast" on one line, or the time and the name on two. */
function rowAt(lines: readonly ClassifiedLine[], i: number): { lines: number[]; minutes: number } | undefined {
  const line = lines[i]!;
  if (line.prose) return undefined;
  const inline = row.exec(line.text);
  if (inline && countWords(inline[2]!) <= ROW_MAX_WORDS && !clockOnly.test(inline[2]!)) return { lines: [i], minutes: minutesOf(inline[1]!) };
  const clock = clockOnly.exec(line.text);
  const name = lines[i + 1];
  if (clock && name && !name.prose && !clockOnly.test(name.text) && countWords(name.text) <= ROW_MAX_WORDS) return { lines: [i, i + 1], minutes: minutesOf(clock[1]!) };
  return undefined;
}
