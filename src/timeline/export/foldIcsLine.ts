/** RFC 5545 §3.1: a content line is at most 75 octets before its CRLF. */
const MAX_LINE_OCTETS = 75;
/** A continuation line starts with one space, which counts toward its 75 octets. */
const CONTINUATION = ' ';

const encoder = new TextEncoder();

/**
 * One iCalendar content line folded to 75 octets of UTF-8 per line, joined
 * with CRLF and a space. A fold falls between characters, never inside a
 * character's bytes or a surrogate pair.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = CONTINUATION;
      octets = CONTINUATION.length;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}
