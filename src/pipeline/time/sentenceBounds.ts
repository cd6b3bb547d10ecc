/** Start and end offsets of the sentence around pos: cut at . ! ? followed by space, or a line break. */
export function sentenceBounds(text: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0) {
    const c = text.charAt(start - 1);
    if (c === '\n') break;
    if ((c === ' ' || c === '\t') && /[.!?]["”’)]?$/.test(text.slice(Math.max(0, start - 3), start - 1)) && !isAbbreviationEnd(text, start - 1)) break;
    start--;
  }
  let end = pos;
  while (end < text.length) {
    const c = text.charAt(end);
    if (c === '\n') break;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text.charAt(end + 1) || ' ') && !isAbbreviationEnd(text, end + 1)) {
      end++;
      break;
    }
    end++;
  }
  return { start, end };
}

/** "p.m. on", "U.S. officials", "Jan. 5": a period that does not end a sentence. */
function isAbbreviationEnd(text: string, afterPeriod: number): boolean {
  const before = text.slice(Math.max(0, afterPeriod - 6), afterPeriod);
  if (/(?:^|[\s(])(?:[A-Za-z]\.){1,3}$/.test(before) && !/[A-Z][a-z]+\.$/.test(before)) {
    // single-letter abbreviations (U.S., p.m.) followed by a lower-case word continue the sentence
    const next = text.slice(afterPeriod).trimStart().charAt(0);
    return next !== '' && next === next.toLowerCase();
  }
  return /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|St|No|vs)\.$/.test(before);
}

/** Whether an antecedent ending at antecedentEnd lies in pos's sentence or the sentence (or one-sentence paragraph) before. */
export function toldJustBefore(text: string, pos: number, antecedentEnd: number | null): boolean {
  if (antecedentEnd === null || antecedentEnd > pos) return false;
  let s = sentenceBounds(text, pos).start;
  if (antecedentEnd > s) return true;
  while (s > 0 && /\s/.test(text.charAt(s - 1))) s--;
  if (s === 0) return false;
  return antecedentEnd > sentenceBounds(text, s - 1).start;
}
