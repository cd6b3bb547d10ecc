import type { ClassifiedLine } from './classifyLines.ts';
import { countWords } from './countWords.ts';
import { bioHeaders, bioSentence } from './nonStoryCues.ts';

/** A bio is a few sentences; a longer paragraph about a reporter is story. */
const BIO_MAX_WORDS = 60;
/** Lines a bio box runs over under its "About the author" heading. */
const BOX_LINES = 3;
/** Reasons a bio may take over. */
const OVERRIDABLE = new Set([undefined, 'repeated line', 'related-story link', 'empty label']);

/**
 * Marks author bios. "About the author" and follow links are cues alone
 * (nonStoryLineReason); a sentence introducing a writer ("Jane Doe is a
 * correspondent for …") reads as prose, so it is a bio only where bios
 * stand: under an "About the author" heading, right under the byline or
 * another bio line, or after the story's last kept paragraph. A story
 * about a reporter ("… is a journalist who was detained …") stays.
 */
export function markAuthorBios(lines: ClassifiedLine[]): void {
  lines.forEach((line, i) => {
    if (!bioHeaders.test(line.text)) return;
    for (let j = i + 1; j <= i + BOX_LINES && j < lines.length; j++) {
      const under = lines[j]!;
      if (countWords(under.text) > BIO_MAX_WORDS || !OVERRIDABLE.has(under.dropped)) break;
      under.dropped = 'bio';
      if (under.closesParagraph) break;
    }
  });
  const lastStory = lines.findLastIndex((l) => !l.dropped && l.prose && !isBioSentence(l.text));
  lines.forEach((line, i) => {
    if (!OVERRIDABLE.has(line.dropped) || !isBioSentence(line.text)) return;
    const above = lines[i - 1]?.dropped;
    if (i > lastStory || above === 'byline' || above === 'bio') line.dropped = 'bio';
  });
}

function isBioSentence(text: string): boolean {
  return countWords(text) <= BIO_MAX_WORDS && bioSentence.some((cue) => cue.test(text));
}
