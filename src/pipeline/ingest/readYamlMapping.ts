import { LineCounter, isMap, isScalar, parseDocument, visit, type Node as YamlNode } from 'yaml';

export interface YamlMapping {
  /** The mapping's keys and values as plain data; undefined when the YAML is broken or not a mapping. */
  data?: Record<string, unknown>;
  /** The file line (1-based) of the key at a path of keys, e.g. ['sources', 'a.txt', 'language']. */
  lineOf: (path: readonly string[]) => number | undefined;
  /** Why there is no mapping: broken YAML, or a list or a scalar where a mapping should be. */
  problem?: { line: number; message: string };
}

/**
 * YAML text that should hold a mapping (front matter, sources.yaml), read
 * with the line of every value so that a bad one can be reported where it
 * is. `firstLine` is the file line of the text's first line. Numbers keep
 * the text they were written as (`title: 1e3` stays "1e3"): every field
 * read from here is text. Never throws.
 */
export function readYamlMapping(text: string, firstLine = 1): YamlMapping {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number): number => firstLine - 1 + lineCounter.linePos(offset).line;
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { lineOf: () => undefined, problem: { line: firstLine, message: `not valid YAML: ${firstLineOf(error)}` } };
  }
  // The line of the key, which is where a person looks, also when its value is empty or on the next lines.
  const lineOf = (path: readonly string[]): number | undefined => {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === path.at(-1));
    const node = (pair?.key ?? pair?.value) as YamlNode | null | undefined;
    return node?.range ? lineAt(node.range[0]) : undefined;
  };
  const [error] = doc.errors;
  if (error) return { lineOf, problem: { line: lineAt(error.pos[0]), message: `not valid YAML: ${firstLineOf(error)}` } };
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && node.source) node.value = node.source;
    },
  });
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (failure) {
    // An alias bomb (more aliases than the parser allows) ends here.
    return { lineOf, problem: { line: firstLine, message: `not usable YAML: ${firstLineOf(failure)}` } };
  }
  if (data === null || data === undefined) return { data: {}, lineOf };
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    const start = (doc.contents as YamlNode | null)?.range?.[0];
    return { lineOf, problem: { line: start === undefined ? firstLine : lineAt(start), message: 'not a mapping of fields (key: value lines)' } };
  }
  return { data: data as Record<string, unknown>, lineOf };
}

function firstLineOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
