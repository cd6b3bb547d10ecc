import type { ClassifiedLine } from './classifyLines.ts';
import { isTimeStamp } from './isTimeStamp.ts';
import { fourDigitStamp } from './nonStoryCues.ts';

/** Entries a page needs, each a bare stamp with prose under it, to read as a live blog rather than a ticker or an aside. */
export const LIVE_BLOG_MIN_ENTRIES = 2;
/** How far below its stamp an entry's first prose may start (an entry title may come first). */
const ENTRY_REACH = 2;
/** Years a bare four-digit line is more likely to be (a heading "2019") than a stamp "20:19". */
const YEAR_LIKE = { from: 1900, to: 2099 };

export interface LiveBlogStamps {
  /** Entries headed by stamps with prose under them: the page is a live blog. */
  isLiveBlog: boolean;
  /** Whether a line is a bare stamp on this page. */
  isStamp: (text: string) => boolean;
}

/**
 * The stamps of a live blog: lines that are only a time ("14:32", "2.32pm
 * BST", "10 min ago", a bare "1432") with the entry's prose under them. A
 * news ticker has stamps too, but only headlines under them, so it is no
 * live blog. Bare four-digit lines are stamps only when some of them cannot
 * be years: "2017", "2018", "2019" over paragraphs are a history's headings.
 */
export function findLiveBlogStamps(lines: readonly ClassifiedLine[]): LiveBlogStamps {
  const fourDigit = lines.filter((l) => fourDigitStamp.test(l.text)).map((l) => Number(l.text));
  const fourDigitAreStamps = fourDigit.some((n) => n < YEAR_LIKE.from || n > YEAR_LIKE.to);
  const isStamp = (text: string): boolean => isTimeStamp(text) || (fourDigitAreStamps && fourDigitStamp.test(text));
  const entries = lines.filter((line, i) => isStamp(line.text) && lines.slice(i + 1, i + 1 + ENTRY_REACH).some((l) => l.prose)).length;
  return { isLiveBlog: entries >= LIVE_BLOG_MIN_ENTRIES, isStamp };
}
