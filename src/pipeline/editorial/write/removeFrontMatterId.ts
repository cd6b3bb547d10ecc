import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml';
import type { EditorialLines } from './editorialLines.ts';
import { frontMatterYaml, lineAt, withFrontMatterText } from './frontMatterYaml.ts';
import type { EditorialLayout } from './readLayout.ts';

/**
 * `id` taken out of the front matter's `hide:` or `pin:` list, wherever a
 * person wrote it there (flow `[a, b]`, block `- a` lines, or a lone
 * `hide: a`); the rest of the list, its comments and spacing stay. A list
 * left empty reads as no list.
 */
export function removeFrontMatterId(doc: EditorialLines, layout: EditorialLayout, key: 'hide' | 'pin', id: string): EditorialLines {
  const yaml = frontMatterYaml(doc, layout);
  if (!yaml || yaml.doc.errors.length > 0) return doc;
  let text = yaml.text;
  // One occurrence at a time, reparsing in between: every cut is then made on ranges that are still true.
  for (let guard = 0; guard < 10_000; guard++) {
    const cut = cutFor(text, key, id);
    if (!cut) break;
    text = text.slice(0, cut[0]) + cut[2] + text.slice(cut[1]);
  }
  return text === yaml.text ? doc : withFrontMatterText(doc, yaml, text);
}

/** The first occurrence of `id` under `key`: [from, to, replacement] in the YAML text. */
function cutFor(text: string, key: string, id: string): [number, number, string] | undefined {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const value = pair?.value as Node | null | undefined;
  const is = (node: unknown): node is Scalar => isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim() === id;
  if (is(value)) return [value.range![0], value.range![1], '[]'];
  if (!isSeq(value)) return undefined;
  const items = value.items;
  const k = items.findIndex(is);
  if (k < 0) return undefined;
  const item = items[k] as Scalar;
  if (value.flow) {
    const next = items[k + 1] as Node | undefined;
    const previous = items[k - 1] as Node | undefined;
    if (next) return [item.range![0], next.range![0], ''];
    if (previous) return [previous.range![1], item.range![1], ''];
    return [item.range![0], item.range![1], ''];
  }
  // A block item is its whole line (with a comment on it, which is about it).
  const lines = text.split('\n');
  const first = lineAt(text, item.range![0]);
  const last = lineAt(text, Math.max(item.range![0], item.range![1] - 1));
  const start = lines.slice(0, first).reduce((n, l) => n + l.length + 1, 0);
  const end = lines.slice(0, last + 1).reduce((n, l) => n + l.length + 1, 0);
  // The YAML's last line goes with the line end before it, so no blank line is left above the closing `---`.
  return end > text.length ? [Math.max(0, start - 1), text.length, ''] : [start, end, ''];
}
