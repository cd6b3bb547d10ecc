/**
 * Text broken into at most `maxLines` lines of about `perLine` characters,
 * at spaces, the last line ending in "…" when the text goes on. For SVG,
 * which does not wrap text itself; a word longer than a line is cut.
 */
export function wrapWords(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    while (word.length > perLine) {
      if (line) lines.push(line);
      line = '';
      lines.push(word.slice(0, perLine));
      word = word.slice(perLine);
    }
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1).replace(/\s+\S*$/, '') || last.slice(0, perLine - 1) : last}…`;
  return kept;
}
