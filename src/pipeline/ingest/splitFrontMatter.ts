import { parse } from 'yaml';
import { findFrontMatter } from './findFrontMatter.ts';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Line number (1-based) where the body starts in the file. */
  bodyLine: number;
  error?: { line: number; message: string };
}

/** Splits a leading `---` YAML block from a Markdown file. Broken YAML is reported, not thrown. */
export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  const found = findFrontMatter(lines);
  // An unclosed block is no front matter: the file is read as it is.
  if (!found || found.close === undefined) return { data: {}, body: text, bodyLine: 1 };
  const block = lines.slice(found.open + 1, found.close).join('\n');
  const bodyLine = found.close + 2;
  const body = lines.slice(found.close + 1).join('\n');
  try {
    const data: unknown = parse(block);
    if (data === null || data === undefined) return { data: {}, body, bodyLine };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, body, bodyLine, error: { line: found.open + 2, message: 'front matter is not a mapping of fields' } };
    }
    return { data: data as Record<string, unknown>, body, bodyLine };
  } catch (error) {
    const linePos = (error as { linePos?: [{ line: number }] }).linePos;
    const line = found.open + 1 + (linePos?.[0]?.line ?? 1);
    const message = error instanceof Error ? error.message.split('\n')[0] ?? 'invalid YAML' : 'invalid YAML';
    return { data: {}, body, bodyLine, error: { line, message: `front matter is not valid YAML: ${message}` } };
  }
}
