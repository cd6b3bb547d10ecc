/**
 * The one rule for where YAML front matter is, for articles and editorial.md
 * alike: a `---` line that is the first thing in the file (after blank lines
 * and HTML comments), closed by the next `---` or `...` line. Lines are
 * 0-based; `close` is missing when the block is never closed.
 */
export function findFrontMatter(lines: readonly string[]): { open: number; close?: number } | undefined {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!.trim();
    if (line === '') {
      i++;
    } else if (line.startsWith('<!--')) {
      while (i < lines.length && !lines[i]!.includes('-->')) i++;
      i++;
    } else break;
  }
  if (i >= lines.length || lines[i]!.trimEnd() !== '---') return undefined;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!.trimEnd();
    if (line === '---' || line === '...') return { open: i, close: j };
  }
  return { open: i };
}
