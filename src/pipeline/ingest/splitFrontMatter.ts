import { findFrontMatter } from './findFrontMatter.ts';
import { readYamlMapping } from './readYamlMapping.ts';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The file line (1-based) of a top-level field's value, for diagnostics. */
  lineOf: (field: string) => number | undefined;
  body: string;
  /** Line number (1-based) where the body starts in the file. */
  bodyLine: number;
  error?: { line: number; message: string };
}

const noLines = (): undefined => undefined;

/** Splits a leading `---` YAML block from a Markdown file. Broken YAML is reported, not thrown. */
export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split('\n');
  const found = findFrontMatter(lines);
  // An unclosed block is no front matter: the file is read as it is.
  if (!found || found.close === undefined) return { data: {}, lineOf: noLines, body: text, bodyLine: 1 };
  const block = lines.slice(found.open + 1, found.close).join('\n');
  const bodyLine = found.close + 2;
  const body = lines.slice(found.close + 1).join('\n');
  const yaml = readYamlMapping(block, found.open + 2);
  const lineOf = (field: string): number | undefined => yaml.lineOf([field]);
  if (!yaml.data) {
    const problem = yaml.problem ?? { line: found.open + 2, message: 'not a mapping of fields' };
    return { data: {}, lineOf, body, bodyLine, error: { line: problem.line, message: `front matter is ${problem.message}` } };
  }
  return { data: yaml.data, lineOf, body, bodyLine };
}
