import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { insertLines, type EditorialLines } from './editorialLines.ts';
import { frontMatterYaml, lineAt, withFrontMatterText } from './frontMatterYaml.ts';
import type { EditorialLayout } from './readLayout.ts';

/**
 * `[a, b, …]` added to the front matter's `merge:` list in the style the
 * README shows (`  - [a, b]` under `merge:`), or in the flow list a person
 * wrote (`merge: [[x, y], [a, b]]`); the key, or the whole front matter, is
 * made when missing. Everything else in the front matter stays as written.
 */
export function addMergeEntry(doc: EditorialLines, layout: EditorialLayout, ids: readonly string[]): { doc: EditorialLines } | { reason: string } {
  const entry = `[${ids.map(yamlId).join(', ')}]`;
  if (!layout.frontMatter) {
    // Where findFrontMatter looks for it: after leading blank lines and HTML comments (not after the file's final line end).
    const at = Math.min(layout.frontMatterSlot, doc.lines[doc.lines.length - 1] === '' ? doc.lines.length - 1 : doc.lines.length);
    const next = doc.lines[at];
    const apart = next !== undefined && next.trim() !== '' ? [''] : [];
    return { doc: insertLines(doc, at, ['---', 'merge:', `  - ${entry}`, '---', ...apart]) };
  }
  const yaml = frontMatterYaml(doc, layout);
  if (!yaml) return { reason: "the front matter opened with '---' is never closed; close it before merging" };
  if (yaml.doc.errors.length > 0) return { reason: 'the front matter is not valid YAML; fix it before merging' };
  const contents = yaml.doc.contents as Node | null;
  const text = yaml.text;
  const edited = (next: string): { doc: EditorialLines } => ({ doc: withFrontMatterText(doc, yaml, next) });
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return edited(appendLines(text, ['merge:', `  - ${entry}`]));
  if (!isMap(contents) || contents.flow) return { reason: 'the front matter is not a list of `key: value` lines; add the merge by hand' };
  const pair = contents.items.find((p) => isScalar(p.key) && String(p.key.value) === 'merge') as Pair<Node, Node | null> | undefined;
  const keyIndent = ' '.repeat(column(text, contents.range![0]));
  if (!pair) return edited(appendLines(text, [`${keyIndent}merge:`, `${keyIndent}  - ${entry}`]));
  const value = pair.value;
  if (isSeq(value) && value.flow) {
    const close = value.range![1] - 1;
    if (text[close] !== ']') return { reason: 'the front matter merge: list is not closed by "]"' };
    return edited(text.slice(0, close) + (value.items.length > 0 ? ', ' : '') + entry + text.slice(close));
  }
  if (isSeq(value)) {
    const last = value.items[value.items.length - 1] as Node;
    const after = lineAt(text, Math.max(0, last.range![1] - 1)) + 1;
    const dash = ' '.repeat(column(text, value.range![0]));
    return edited(insertAt(text, after, `${dash}- ${entry}`));
  }
  if (value === null || (isScalar(value) && value.value === null)) {
    // `merge:` with nothing, or a written null (`~`), becomes the list.
    const range = value?.range;
    const cleared = range ? text.slice(0, range[0]) + text.slice(range[1]) : text;
    const keyLine = lineAt(text, (pair.key as Node).range![0]);
    return edited(insertAt(cleared, keyLine + 1, `${keyIndent}  - ${entry}`));
  }
  return { reason: 'the front matter merge: is not a list; fix it before merging' };
}

/** An id as a YAML flow item that parseEditorial reads back as itself (it takes a number's String()): `007` or `1e3` would change. */
export function yamlId(id: string): string {
  const item = (parseDocument(`[${id}]`).contents as { items?: { value?: unknown }[] } | null)?.items?.[0]?.value;
  return (typeof item === 'string' || typeof item === 'number') && String(item).trim() === id ? id : JSON.stringify(id);
}

function appendLines(text: string, lines: readonly string[]): string {
  return text === '' ? lines.join('\n') : `${text}\n${lines.join('\n')}`;
}

/** `line` inserted before the 0-based line `at` of the YAML text. */
function insertAt(text: string, at: number, line: string): string {
  const lines = text.split('\n');
  lines.splice(at, 0, line);
  return lines.join('\n');
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
