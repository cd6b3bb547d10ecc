/**
 * The clause of a sentence that holds a character range: the stretch
 * between punctuation breaks and subordinating words. Callers widen it
 * when it is too short to say anything. In "The spokesman said it
 * was the minister's first call with his counterpart, who was appointed in May", the date
 * "May" belongs to "who was appointed in May", not to the call.
 */
const clauseBreak = /[;:,]|\s(?=(?:after|before|because|following|while|whereas)\s)|\s[–—]\s|["”»](?=\s)/giu;

export function clauseOf(sentence: string, start: number, end: number): { start: number; end: number } {
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  for (const match of sentence.matchAll(clauseBreak)) {
    const at = match.index;
    if (at + match[0].length <= start) clauseStart = at + match[0].length;
    else if (at >= end) {
      clauseEnd = at;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}
