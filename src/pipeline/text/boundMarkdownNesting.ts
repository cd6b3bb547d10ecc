/**
 * Markdown parsers take time that grows faster than the text with nesting
 * (lists in lists, quotes in quotes) and with runs of emphasis and link
 * delimiters: a few kilobytes of `- - - -` or `*a *a *a` keep remark busy for
 * seconds, a megabyte for hours. No summary a person writes needs either, so
 * this bounds both before remark sees the text, keeping every line where it
 * was so that line numbers stay those of the file.
 */

/** People nest lists and quotes a few levels deep; beyond this a line is a machine's, and is left out. */
export const MAX_CONTAINER_DEPTH = 16;
/** A summary paragraph uses a handful of emphasis, link and code marks; beyond this they are read as plain characters. */
export const MAX_INLINE_DELIMITERS = 200;
/** Spaces of indentation that open one more level of list nesting, at the least. */
const SPACES_PER_LEVEL = 2;

export interface BoundedMarkdown {
  text: string;
  /** Where the text was changed, and how, for diagnostics. */
  changes: { line: number; message: string }[];
}

/** The characters that open or close inline Markdown (emphasis, links, images, code, HTML, entities, escapes). */
const INLINE_DELIMITER = /[!*_[\]<`\\&~]/g;

export function boundMarkdownNesting(markdown: string): BoundedMarkdown {
  const lines = markdown.split('\n');
  const changes: BoundedMarkdown['changes'] = [];
  let deepRun = false;
  for (let i = 0; i < lines.length; i++) {
    const deep = containerDepth(lines[i]!) > MAX_CONTAINER_DEPTH;
    if (deep) {
      if (!deepRun) changes.push({ line: i + 1, message: `lists or quotes nested deeper than ${MAX_CONTAINER_DEPTH} levels were left out` });
      lines[i] = '';
    }
    deepRun = deep;
  }
  for (const [start, end] of blocks(lines)) {
    let delimiters = 0;
    for (let i = start; i < end; i++) delimiters += lines[i]!.match(INLINE_DELIMITER)?.length ?? 0;
    if (delimiters <= MAX_INLINE_DELIMITERS) continue;
    // A backslash makes each mark a plain character (a backslash too), and escapes are read in linear time.
    for (let i = start; i < end; i++) lines[i] = lines[i]!.replace(INLINE_DELIMITER, '\\$&');
    changes.push({ line: start + 1, message: `more than ${MAX_INLINE_DELIMITERS} emphasis, link or code marks in one paragraph; they are kept as plain characters` });
  }
  return { text: lines.join('\n'), changes };
}

/** A bullet or an ordered-list number (CommonMark allows up to nine digits) followed by a space, at lastIndex. */
const LIST_MARKER = /(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/y;

/** How many lists and quotes a line's start opens: its `>` and list markers, and its indentation in front of them. */
function containerDepth(line: string): number {
  let depth = 0;
  let spaces = 0;
  let i = 0;
  for (;;) {
    const from = i;
    while (line[i] === ' ' || line[i] === '\t') i++;
    const indent = i - from;
    if (line[i] === '>') i++;
    else {
      LIST_MARKER.lastIndex = i;
      const marker = LIST_MARKER.exec(line);
      if (!marker) break;
      i += marker[0].length;
    }
    depth++;
    spaces += indent;
  }
  return depth === 0 ? 0 : depth + Math.floor(spaces / SPACES_PER_LEVEL);
}

/** Runs of non-blank lines, as [start, end) line indexes. */
function* blocks(lines: readonly string[]): Generator<[number, number]> {
  let start = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || !lines[i]!.trim();
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      yield [start, i];
      start = -1;
    }
  }
}
