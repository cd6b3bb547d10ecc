import type { ClassifiedLine } from './classifyLines.ts';
import { countWords } from './countWords.ts';
import { factBoxHeaders } from './nonStoryCues.ts';

/** A fact box's heading is a label, not a headline-length line. */
const HEADER_MAX_WORDS = 10;
/** A fact is a fragment; a line saying more is a paragraph, and the story resumes there. */
const ITEM_MAX_WORDS = 20;
/** A dated item ("2014 – The plant closes after a strike.") may be a short sentence and still be a box's. */
const DATED_ITEM_MAX_WORDS = 30;
/** A box holds a screenful of facts at most; past that the lines are the page's, not the box's. */
const MAX_ITEMS = 25;
/** Dated fragments in a row that make a timeline box even without its heading. */
const MIN_DATED_RUN = 3;
/** Reasons a fact box may take over: a label or a guess about a line inside it. */
const OVERRIDABLE = new Set([undefined, 'empty label', 'repeated line', 'related-story link']);

/** "2014: …", "June 3 – …", "3 June 2019 — …", "March 2023: …": a date, a separator, a fragment. */
const datedItem = /^(?:\d{4}|\d{1,2}\s+\p{L}{3,12}\.?(?:\s+\d{4})?|\p{L}{3,12}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\p{L}{3,12}\s+\d{4})\s*[:–—-]\s+\S/u;

/**
 * Marks fact boxes: under a "Key facts", "What we know", "Timeline:"
 * heading, the short fragments and dated items that follow, up to the first
 * paragraph of prose (which is kept: a box of full sentences is story told
 * again, and losing story is worse); and, without a heading, a run of dated
 * fragments ("1998: Plant opens") in a row.
 */
export function markFactBoxes(lines: ClassifiedLine[]): void {
  const isItem = (line: ClassifiedLine): boolean =>
    (!line.prose && countWords(line.text) <= ITEM_MAX_WORDS) || (datedItem.test(line.text) && countWords(line.text) <= DATED_ITEM_MAX_WORDS);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = !line.prose && countWords(line.text) <= HEADER_MAX_WORDS && factBoxHeaders.some((cue) => cue.test(line.text));
    if (header) {
      if (OVERRIDABLE.has(line.dropped)) line.dropped = 'fact box';
      let j = i + 1;
      for (; j < lines.length && j - i <= MAX_ITEMS && isItem(lines[j]!); j++) {
        if (OVERRIDABLE.has(lines[j]!.dropped)) lines[j]!.dropped = 'fact box';
      }
      i = j - 1;
      continue;
    }
    let j = i;
    while (j < lines.length && datedItem.test(lines[j]!.text) && countWords(lines[j]!.text) <= DATED_ITEM_MAX_WORDS) j++;
    if (j - i >= MIN_DATED_RUN) {
      for (let k = i; k < j; k++) if (OVERRIDABLE.has(lines[k]!.dropped)) lines[k]!.dropped = 'fact box';
      i = j - 1;
    }
  }
}
