import type { ClassifiedLine } from './classifyLines.ts';
import { agoStamp, commentActions, commentHandle, commentHeaders, commentHeadWithStamp, replyOrReport, userHandleLine } from './nonStoryCues.ts';

/** Lines a comment (its text between two markers) may run over before the thread is taken to have ended. */
const COMMENT_GAP = 8;
/** Lines after a "Comments" heading within which the thread's first marker must come. */
const HEADER_REACH = 6;
/** Action markers ("Reply", "Report", "Like") a thread with no heading needs, close together, to be one. */
const MIN_ACTIONS_WITHOUT_HEADER = 2;
/** Reasons a comment thread may take over: other passes' guesses about lines that sit inside it. */
const OVERRIDABLE = new Set([undefined, 'repeated line', 'time stamp', 'live-blog stamp', 'news ticker', 'related-story link', 'empty label']);

type Marker = 'header' | 'action' | 'head';

/** What a line is in a comment thread: its heading, a comment's head (handle, stamp) or its actions. */
function markerOf(text: string): Marker | undefined {
  if (commentHeaders.some((cue) => cue.test(text))) return 'header';
  if (commentActions.test(text) || commentHeadWithStamp.test(text)) return 'action';
  if (commentHandle.test(text) || agoStamp.test(text) || userHandleLine.test(text)) return 'head';
  return undefined;
}

/**
 * Marks a reader-comment thread: from a "Comments" heading (or, without one,
 * from a cluster of "Reply"/"Report"/"Like" lines) to its last marker, and
 * the text of a comment whose head is the last marker. Handles and "said:"
 * alone never open a thread: a story quotes people "said:" too.
 */
export function markReaderComments(lines: ClassifiedLine[]): void {
  const markers = lines.map((l) => markerOf(l.text));
  // A heading or an action link is a thread's furniture even where no thread follows.
  lines.forEach((line, i) => {
    if ((markers[i] === 'header' || markers[i] === 'action') && OVERRIDABLE.has(line.dropped)) line.dropped = 'reader comment';
  });
  let i = 0;
  while (i < lines.length) {
    const start = threadStart(lines, markers, i);
    if (start < 0) return;

    let end = start;
    for (let j = start + 1; j < lines.length && j - end <= COMMENT_GAP; j++) {
      if (markers[j]) end = j;
    }
    // A comment headed by the last marker runs to the end of its paragraph (the next one, when the head stands alone).
    if (markers[end] === 'head' || markers[end] === 'header') {
      let j = end;
      if (lines[j]!.closesParagraph && j + 1 < lines.length) j++;
      while (j < lines.length - 1 && !lines[j]!.closesParagraph) j++;
      end = j;
    }
    let from = start;
    // A comment written above its actions, glued to them, belongs to the thread when it has no heading.
    if (markers[start] === 'action') while (from > 0 && !lines[from - 1]!.closesParagraph && !lines[from - 1]!.dropped) from--;
    for (let j = from; j <= end; j++) {
      if (OVERRIDABLE.has(lines[j]!.dropped)) lines[j]!.dropped = 'reader comment';
    }
    i = end + 1;
  }
}

/** The first line of the next thread at or after `from`: a heading with a marker soon under it, or a cluster of actions; -1 when none. */
function threadStart(lines: readonly ClassifiedLine[], markers: readonly (Marker | undefined)[], from: number): number {
  for (let i = from; i < markers.length; i++) {
    if (markers[i] === 'header' && markers.slice(i + 1, i + 1 + HEADER_REACH).some((m) => m && m !== 'header')) return i;
    if (markers[i] === 'action' || markers[i] === 'head') {
      const window = lines.slice(i, i + COMMENT_GAP + 1).filter((_, k) => markers[i + k] === 'action');
      if (window.length >= MIN_ACTIONS_WITHOUT_HEADER && window.some((l) => replyOrReport.test(l.text))) return i;
    }
  }
  return -1;
}
