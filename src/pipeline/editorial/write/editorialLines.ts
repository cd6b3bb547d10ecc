/**
 * editorial.md as lines that remember their own line ends, so that an edit
 * rewrites only the lines it concerns and every other byte (CRLF, a missing
 * final newline, a byte-order mark) comes back as the person saved it.
 */

export interface EditorialLines {
  /** A leading byte-order mark, kept as it was. */
  bom: string;
  /** The lines' text, without their line ends. */
  lines: string[];
  /** Each line's own end; '' for the last line (the file ends there). */
  ends: string[];
  /** The end most lines use, given to the lines an edit adds. */
  eol: string;
}

/**
 * The same line ends parseEditorial reads as one (normalizeLineEndings): CR LF, CR, LF, LF CR, NEL and
 * LINE SEPARATOR, so that line i here is line i + 1 of its diagnostics.
 */
const LINE_END = /\r\n?|\n\r?|\u0085|\u2028/g;

export function splitEditorialLines(text: string): EditorialLines {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const lines: string[] = [];
  const ends: string[] = [];
  const counts = new Map<string, number>();
  let from = 0;
  for (const match of body.matchAll(LINE_END)) {
    lines.push(body.slice(from, match.index));
    ends.push(match[0]);
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    from = match.index + match[0].length;
  }
  lines.push(body.slice(from));
  ends.push('');
  const eol = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '\n';
  return { bom, lines, ends, eol };
}

export function joinEditorialLines(doc: EditorialLines): string {
  return doc.bom + doc.lines.map((line, i) => line + doc.ends[i]!).join('');
}

/** `texts` inserted before line `at` (`at` = lines.length appends after the last line), ended with the file's own line end. */
export function insertLines(doc: EditorialLines, at: number, texts: readonly string[]): EditorialLines {
  if (texts.length === 0) return doc;
  const lines = [...doc.lines];
  const ends = [...doc.ends];
  const added = texts.map(() => doc.eol);
  if (at >= lines.length) {
    // After the last line: it gains a line end, and the last added line ends the file instead.
    ends[lines.length - 1] = doc.eol;
    added[added.length - 1] = '';
  }
  lines.splice(at, 0, ...texts);
  ends.splice(at, 0, ...added);
  return { ...doc, lines, ends };
}

/** Lines [from, to) removed; when they were the last, the line before them now ends the file. */
export function deleteLines(doc: EditorialLines, from: number, to: number): EditorialLines {
  if (to <= from) return doc;
  const lines = [...doc.lines];
  const ends = [...doc.ends];
  const atEnd = to >= lines.length;
  lines.splice(from, to - from);
  ends.splice(from, to - from);
  if (lines.length === 0) return { ...doc, lines: [''], ends: [''] };
  if (atEnd) ends[lines.length - 1] = '';
  return { ...doc, lines, ends };
}

/** One line's text replaced, its line end kept. */
export function replaceLine(doc: EditorialLines, i: number, text: string): EditorialLines {
  if (doc.lines[i] === text) return doc;
  const lines = [...doc.lines];
  lines[i] = text;
  return { ...doc, lines };
}

/** Lines [from, to) replaced by `texts`: the lines both share at the start and the end keep their own line ends. */
export function replaceLines(doc: EditorialLines, from: number, to: number, texts: readonly string[]): EditorialLines {
  const old = doc.lines.slice(from, to);
  let head = 0;
  while (head < old.length && head < texts.length && old[head] === texts[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < texts.length - head && old[old.length - 1 - tail] === texts[texts.length - 1 - tail]) tail++;
  const changedOld = old.length - head - tail;
  const changedNew = texts.slice(head, texts.length - tail);
  // Same number of changed lines: rewrite them in place, keeping their line ends.
  if (changedOld === changedNew.length) {
    let out = doc;
    changedNew.forEach((text, k) => (out = replaceLine(out, from + head + k, text)));
    return out;
  }
  return insertLines(deleteLines(doc, from + head, from + head + changedOld), from + head, changedNew);
}
