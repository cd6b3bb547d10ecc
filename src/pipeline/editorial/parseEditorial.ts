import { findFrontMatter } from '../ingest/findFrontMatter.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Root, RootContent } from 'mdast';
import type { z } from 'zod';
import type { Diagnostic } from '../schema.ts';
import { normalizeLineEndings } from '../ingest/decodeText.ts';
import { validateValue } from '../ingest/validateValue.ts';
import type { ValueRule } from '../ingest/factSchemas.ts';
import type { EditorialEdits, Located, SectionEdit } from './types.ts';
import { OPTION_SCHEMAS, TEXT_OPTION_RULES, storyTitleRule } from './editorialSchemas.ts';
import { boundMarkdownNesting } from '../text/boundMarkdownNesting.ts';

export { parseEditorialDate } from './parseEditorialDate.ts';

/** Event ids, as in the contract's eventSchema. */
export const EVENT_ID = /^[a-z0-9][a-z0-9-]*$/;

const OPTION_KEYS = ['title', 'kind', 'date', 'hide', 'pin', 'source', 'quote'] as const;
type OptionKey = (typeof OPTION_KEYS)[number];
const OPTION_LINE = /^([a-z][a-z-]*)[ \t]*:(?:[ \t]+(.*))?[ \t]*$/;

/**
 * Reads editorial.md (format: see ./index.ts) into edits. Pure and total: bad
 * YAML, unknown options or malformed sections become diagnostics with the file
 * and line, and whatever else is well formed is still returned.
 */
export function parseEditorial(markdown: string, file = 'editorial.md'): { edits: EditorialEdits; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (level: Diagnostic['level'], line: number, message: string): void => {
    diagnostics.push({ file, line: Math.max(1, line), level, message });
  };
  const edits: EditorialEdits = { file, hide: [], pin: [], merge: [], sections: [] };

  // CR-only line ends (old Mac editors) would make the whole file one line.
  const text = normalizeLineEndings(markdown.replace(/^\uFEFF/, ''));
  const lines = text.split(/\r?\n/);
  const frontMatter = findFrontMatter(lines);
  let body = text;
  if (frontMatter) {
    if (frontMatter.close === undefined) {
      report('error', frontMatter.open + 1, "front matter opened with '---' is never closed by a '---' line; it was ignored");
    } else {
      const yamlText = lines.slice(frontMatter.open + 1, frontMatter.close).join('\n');
      readFrontMatter(yamlText, frontMatter.open + 2, edits, report);
    }
    // Blank the front matter out (keeping the line count) so remark's line numbers stay those of the file.
    const end = frontMatter.close ?? firstSectionLine(lines, frontMatter.open);
    body = lines.map((l, i) => (i >= frontMatter.open && i <= end ? '' : l)).join('\n');
  }

  const bounded = boundMarkdownNesting(body);
  for (const change of bounded.changes) report('warning', change.line, change.message);
  const tree = unified().use(remarkParse).parse(bounded.text) as Root;
  readSections(tree, bounded.text, edits, report);
  return { edits, diagnostics };
}

function firstSectionLine(lines: readonly string[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) if (/^ {0,3}##[ \t]/.test(lines[i]!)) return i - 1;
  return lines.length - 1;
}

type Report = (level: Diagnostic['level'], line: number, message: string) => void;

/** Front matter: title, hide, pin, merge. `firstLine` is the file line of the YAML's first line. */
function readFrontMatter(yamlText: string, firstLine: number, edits: EditorialEdits, report: Report): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number | undefined): number => firstLine - 1 + (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const lineOf = (node: unknown): number => lineAt((node as YamlNode | null)?.range?.[0]);
  if (doc.errors.length > 0) {
    const seen = new Set<string>();
    for (const error of doc.errors) {
      const line = lineAt(error.pos[0]);
      const message = `front matter is not valid YAML: ${firstSentence(error.message)}`;
      if (!seen.has(`${line} ${message}`)) report('error', line, message);
      seen.add(`${line} ${message}`);
    }
    return;
  }
  for (const warning of doc.warnings) report('warning', lineAt(warning.pos[0]), `front matter: ${firstSentence(warning.message)}`);
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return;
  if (!isMap(contents)) {
    report('error', lineOf(contents), 'front matter must be a YAML mapping (title, hide, pin, merge); it was ignored');
    return;
  }

  const idList = (node: unknown, key: string): Located<string>[] => {
    const items = isSeq(node) ? node.items : isScalar(node) && node.value !== null ? [node] : undefined;
    if (!items) {
      report('error', lineOf(node), `front matter ${key}: expected a list of event ids`);
      return [];
    }
    const ids: Located<string>[] = [];
    for (const item of items) {
      // An id YAML reads as a number keeps its spelling: 007 is the id '007', not 7.
      const value = isScalar(item) ? scalarText(item) : undefined;
      const id = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
      if (id !== undefined && EVENT_ID.test(id)) ids.push({ value: id, line: lineOf(item) });
      else report('error', lineOf(item), `front matter ${key}: ${JSON.stringify(isScalar(item) ? item.value : String(item))} is not an event id (lowercase letters, digits and '-')`);
    }
    return ids;
  };

  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(pair.key);
    const value = pair.value;
    if (value === null || (isScalar(value) && value.value === null)) continue;
    switch (key) {
      case 'title': {
        const written = isScalar(value) ? scalarText(value) : value.toJSON();
        if (written === '') report('error', line, 'front matter title: expected a non-empty line of text');
        const title = checkText(storyTitleRule, written, line, 'front matter title', report);
        if (title) edits.title = { value: title, line };
        break;
      }
      case 'hide':
      case 'pin':
        edits[key].push(...idList(value, key));
        break;
      case 'merge': {
        if (!isSeq(value)) {
          report('error', line, 'front matter merge: expected a list of id lists, e.g. merge: [[keep-this-id, merge-this-id]]');
          break;
        }
        for (const entry of value.items) {
          if (!isSeq(entry)) {
            report('error', lineOf(entry), 'front matter merge: each entry must be a list of at least two event ids');
            continue;
          }
          const ids = idList(entry, 'merge');
          if (ids.length >= 2) edits.merge.push(ids);
          else if (ids.length === entry.items.length) report('error', lineOf(entry), 'front matter merge: an entry needs at least two event ids');
        }
        break;
      }
      default:
        report('warning', line, `front matter: unknown key "${key}" ignored (known: title, hide, pin, merge)`);
    }
  }
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** The `## <id>` sections, each with its leading option lines and its summary paragraphs. */
function readSections(tree: Root, body: string, edits: EditorialEdits, report: Report): void {
  let section: SectionEdit | undefined;
  let skipping = false;
  let expectOptions = false;
  const seen = new Map<string, number>();
  const summary: { text: string; line: number }[] = [];
  const finish = (): void => {
    if (section && summary.length > 0) section.summary = { value: summary.map((s) => s.text).join('\n\n'), line: summary[0]!.line };
    if (section) edits.sections.push(section);
    summary.length = 0;
    section = undefined;
  };

  for (const node of tree.children) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)) continue;
    if (node.type === 'heading' && node.depth === 2) {
      finish();
      skipping = false;
      const heading = toString(node).trim();
      const match = /^new[ \t]*:[ \t]*(.*)$/i.exec(heading);
      const id = (match ? match[1]! : heading).trim();
      if (!EVENT_ID.test(id)) {
        report('error', line, `section "## ${heading}": "${id}" is not an event id (lowercase letters, digits and '-'); the section was ignored`);
        skipping = true;
        continue;
      }
      const key = `${match ? 'new:' : ''}${id}`;
      if (seen.has(key)) {
        const level = match ? 'error' : 'warning';
        report(level, line, match ? `a second "## new: ${id}" section (first on line ${seen.get(key)}); it was ignored` : `a second section for "${id}" (first on line ${seen.get(key)}); both apply, this one last`);
        if (match) {
          skipping = true;
          continue;
        }
      } else seen.set(key, line);
      section = { id, line, isNew: Boolean(match) };
      expectOptions = true;
      continue;
    }
    if (skipping) continue;
    if (!section) {
      report('warning', line, 'text before the first "## <event-id>" section was ignored');
      continue;
    }
    if (node.type === 'paragraph') {
      const source = sourceOf(node, body);
      let rest = source.text;
      if (expectOptions) rest = readOptions(source.text, source.line, section, report);
      expectOptions = false;
      if (rest.trim()) summary.push({ text: rest.trim(), line: source.line + (source.text.split(/\r?\n/).length - rest.split(/\r?\n/).length) });
      continue;
    }
    expectOptions = false;
    const what = node.type === 'heading' ? `a level-${node.depth} heading` : `a ${node.type}`;
    report('warning', line, `section "${section.id}": ${what} was ignored (a summary is one or more plain paragraphs)`);
  }
  finish();
}

function sourceOf(node: RootContent, body: string): { text: string; line: number } {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  return { text: body.slice(start, end), line: node.position?.start.line ?? 1 };
}

/** Consumes the leading `key: value` lines of a section's first paragraph; returns what is left. */
function readOptions(text: string, firstLine: number, section: SectionEdit, report: Report): string {
  const lines = text.split(/\r?\n/);
  const keyLike = lines.map((l) => OPTION_LINE.exec(l.trim()));
  // A paragraph made only of `word: value` lines is an options block, so an unknown key there is a typo.
  const allKeyLike = keyLike.every(Boolean);
  let i = 0;
  for (; i < lines.length; i++) {
    const m = keyLike[i];
    const key = m?.[1];
    const line = firstLine + i;
    if (!m || !(OPTION_KEYS as readonly string[]).includes(key!)) {
      if (allKeyLike) {
        report('warning', line, `section "${section.id}": unknown option "${m![1]}" ignored (known: ${OPTION_KEYS.join(', ')})`);
        continue;
      }
      break;
    }
    setOption(section, key as OptionKey, optionValue(m[2] ?? ''), line, report);
  }
  return allKeyLike ? '' : lines.slice(i).join('\n');
}

/** An option's value: a quoted YAML string, or the text up to a ` # comment`. */
function optionValue(raw: string): string {
  const value = raw.trim();
  if (/^["']/.test(value)) {
    const doc = parseDocument(value);
    if (doc.errors.length === 0 && isScalar(doc.contents) && typeof doc.contents.value === 'string') return doc.contents.value;
  }
  return value.replace(/\s+#.*$/, '').trim();
}

/** One option of a section, checked by its schema (editorialSchemas.ts). */
function setOption(section: SectionEdit, key: OptionKey, value: string, line: number, report: Report): void {
  const bad = (expected: string): void => report('error', line, `section "${section.id}": ${key}: ${JSON.stringify(value)} is not ${expected}; the option was ignored`);
  switch (key) {
    case 'title':
    case 'quote':
    case 'source': {
      if (!value) return bad('a non-empty value');
      const text = checkText(TEXT_OPTION_RULES[key], value, line, `section "${section.id}": ${key}`, report);
      if (text) section[key] = { value: text, line };
      return;
    }
    case 'kind': {
      const kind = checked(OPTION_SCHEMAS.kind);
      if (kind !== undefined) section.kind = { value: kind, line };
      return;
    }
    case 'hide':
    case 'pin': {
      const flag = checked(OPTION_SCHEMAS[key]);
      if (flag !== undefined) section[key] = { value: flag, line };
      return;
    }
    case 'date': {
      const date = checked(OPTION_SCHEMAS.date);
      if (date !== undefined) section.date = { value: date, line };
    }
  }

  function checked<T>(schema: z.ZodType<T>): T | undefined {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    bad(parsed.error.issues[0]?.message ?? 'valid');
    return undefined;
  }
}

/** A text value checked by its rule: the text to use, if any; an over-long one keeps its start with a warning, a wrong one is an error. */
function checkText(rule: ValueRule, value: unknown, line: number, name: string, report: Report): string | undefined {
  const checked = validateValue(rule, value, { file: '', line, name }, 'it was ignored');
  if (checked.diagnostic) report(checked.value ? 'warning' : 'error', line, checked.diagnostic.message);
  return checked.value;
}

/** A YAML scalar as the text written: a number keeps its own spelling (`1e3`, not 1000). */
function scalarText(node: { value: unknown; source?: string }): unknown {
  return typeof node.value === 'number' && node.source ? node.source : node.value;
}
