import { parse } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Line number (1-based) where the body starts in the file. */
  bodyLine: number;
  error?: { line: number; message: string };
}

/** Splits a leading `---` YAML block from a Markdown file. Broken YAML is reported, not thrown. */
export function splitFrontMatter(text: string): FrontMatter {
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\s*(?:\n|$)/.exec(text);
  if (!match) return { data: {}, body: text, bodyLine: 1 };
  const block = match[1] ?? '';
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  const body = text.slice(match[0].length);
  try {
    const data: unknown = parse(block);
    if (data === null || data === undefined) return { data: {}, body, bodyLine };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, body, bodyLine, error: { line: 2, message: 'front matter is not a mapping of fields' } };
    }
    return { data: data as Record<string, unknown>, body, bodyLine };
  } catch (error) {
    const linePos = (error as { linePos?: [{ line: number }] }).linePos;
    const line = 1 + (linePos?.[0]?.line ?? 1);
    const message = error instanceof Error ? error.message.split('\n')[0] ?? 'invalid YAML' : 'invalid YAML';
    return { data: {}, body, bodyLine, error: { line, message: `front matter is not valid YAML: ${message}` } };
  }
}
