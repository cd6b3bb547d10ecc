/** A raw line of the file, or several joined, with the 1-based number of its first line. */
export interface SourceLine {
  text: string;
  /** Index of the first raw line it holds (0-based). */
  index: number;
  /** Index of the last raw line it holds (0-based). */
  lastIndex: number;
}

/**
 * What a reader does not see: spaces, controls and format characters (a stray NUL, a zero-width space), lone
 * surrogates, noncharacters and U+FFFD. normalizeText drops them later; here a run of them is one space, so
 * the rules below read a line's edges as a reader would.
 */
const UNSEEN = /[\s\p{Cc}\p{Cf}\p{Cs}\uFDD0-\uFDEF\uFFFD-\uFFFF]+/gu;
const asSeen = (text: string): string => text.replace(UNSEEN, ' ').trim();

/** Ends a sentence, or a line that stands alone (a heading that closes with a colon is still a heading). */
const endsSentence = /[.!?…:]["'”’»)\]]*$/u;

/** A line broken mid-phrase: after a comma, a dash or hyphen, an opening bracket or quote. */
const endsMidPhrase = /(?:[,;–—-]|[([«“„])$/u;
/** …or after a word that cannot end a sentence: an article, a preposition, a conjunction (en, ru, uk). */
const endsWithFunctionWord =
  /(?<![\p{L}\p{N}])(?:the|a|an|of|on|in|at|to|for|from|by|with|and|or|but|as|than|since|until|between|into|over|under|per|via|в|во|у|на|с|со|з|із|зі|к|ко|по|о|об|про|от|від|до|из|за|под|під|над|при|для|и|і|й|та|а|но|але|или|або)$/iu;
/** …or after a day's number standing alone (not the end of a clock time "10:20"), with the month on the next line: "began on 3" / "March 2021". */
const endsWithDayNumber = /(?:^|\s)\d{1,2}$/u;
/**
 * …or after a clause that a comma opened ("On 10 November 2023, engineers from the Kessel" / "Institute completed…"):
 * a sentence broken there reads as a headline, and dropping it as one would lose its date. A headline
 * glued to the next paragraph with such a comma is joined too; its words then stay in the text rather than a date go.
 */
const holdsOpenClause = /,\s+\p{Ll}/u;
/** A clock time opening a line is a stamp (a ticker's, a live blog's), never the rest of a sentence. */
const clockTime = /^\d{1,2}[:.]\d{2}(?!\d)/u;
const startsWithLetter = /^\p{L}/u;
/** A next line no sentence starts with: a lowercase word, or punctuation. */
const startsMidSentence = /^(?:\p{Ll}|[,;:.)\]»”’])/u;
/** …or a number that closes a phrase ("2021, after", "2024."; not a clock time "09:59"), where a sentence's opening number is followed by a word ("12 people"). */
const startsWithClosingNumber = /^\d{1,4}[,;:.)](?!\d)/u;

/**
 * Lines of a plain-text file with hard wraps undone: a line joins the one
 * after it (no blank line between) when it plainly stops mid-sentence, so a
 * pasted or e-mailed article wrapped at a fixed width, or a stray line break
 * inside "3 March 2021", reads as the sentence it is. A line that could be a
 * heading, a menu item or a link (no sign it continues) stays a line:
 * joining a headline to the lead would give the story a wrong first sentence.
 */
export function joinWrappedLines(raw: string): SourceLine[] {
  const rawLines = raw.split('\n');
  const lines: SourceLine[] = [];
  for (const [index, text] of rawLines.entries()) {
    const previous = lines[lines.length - 1];
    // Judged on all that was joined so far: the clause a comma opened may have begun a line or two up.
    if (previous && previous.lastIndex === index - 1 && text.trim() && previous.text.trim() && continuesOnNextLine(previous.text, text)) {
      previous.text = `${previous.text.trimEnd()} ${text.trimStart()}`;
      previous.lastIndex = index;
    } else lines.push({ text, index, lastIndex: index });
  }
  return lines;
}

/** The words after the last sentence end: a comma in a finished sentence opens nothing. */
const lastSentenceOf = (line: string): string => line.split(/[.!?…]["'”’»)\]]*\s+/u).pop() ?? line;

/** Whether `line` stops mid-sentence and `next` carries on with it. */
export function continuesOnNextLine(rawLine: string, rawNext: string): boolean {
  const line = asSeen(rawLine);
  const next = asSeen(rawNext);
  // A clock time on either side is a stamp ("10:20" over a ticker's headline), never half a sentence.
  if (endsSentence.test(line) || clockTime.test(line) || clockTime.test(next)) return false;
  if (startsMidSentence.test(next) || startsWithClosingNumber.test(next)) return true;
  if (endsMidPhrase.test(line) || endsWithFunctionWord.test(line) || holdsOpenClause.test(lastSentenceOf(line))) return true;
  return endsWithDayNumber.test(line) && startsWithLetter.test(next);
}
