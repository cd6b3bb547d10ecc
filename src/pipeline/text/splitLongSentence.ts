/**
 * The longest sentence, in characters, any stage reads whole. News sentences
 * run to a few hundred characters; past this a "sentence" is a list, a table
 * pasted as prose or machine text, and every stage that scans a sentence once
 * per date in it (tense, status, reported speech, terms) would do work growing
 * with the square of its length.
 */
export const MAX_SENTENCE_LENGTH = 1000;

const isSpace = (c: string): boolean => /\s/.test(c);
/** Marks after which a clause ends: a cut there reads best. */
const isClauseMark = (c: string): boolean => ',;:)]»”"’'.includes(c);

/**
 * A span of text cut into pieces no longer than MAX_SENTENCE_LENGTH: at the
 * last space after a clause mark before the limit, else the last space,
 * else at the limit itself (never inside a surrogate pair). A cut is only
 * looked for in the second half of a piece, so each character is looked at
 * a bounded number of times. Short spans come back as they are.
 */
export function splitLongSentence(text: string, start: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  while (end - from > MAX_SENTENCE_LENGTH) {
    const cut = cutBefore(text, from, from + MAX_SENTENCE_LENGTH);
    let last = cut;
    while (last > from && isSpace(text.charAt(last - 1))) last--;
    pieces.push({ start: from, end: last });
    from = cut;
    while (from < end && isSpace(text.charAt(from))) from++;
  }
  if (from < end) pieces.push({ start: from, end });
  return pieces;
}

/** The offset to cut at: a space in the second half of [from, limit], after a clause mark if there is one. */
function cutBefore(text: string, from: number, limit: number): number {
  const half = from + Math.floor((limit - from) / 2);
  let space = -1;
  for (let i = limit; i > half; i--) {
    if (!isSpace(text.charAt(i))) continue;
    if (isClauseMark(text.charAt(i - 1))) return i;
    if (space < 0) space = i;
  }
  if (space >= 0) return space;
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}
