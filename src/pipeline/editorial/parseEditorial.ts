import { findFrontMatter } from '../ingest/findFrontMatter.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Root, RootContent } from 'mdast';
import type { Diagnostic, Precision } from '../schema.ts';
import type { EditorialDate, EditorialEdits, Located, SectionEdit } from './types.ts';

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

  const text = markdown.replace(/^\uFEFF/, '');
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

  const tree = unified().use(remarkParse).parse(body) as Root;
  readSections(tree, body, edits, report);
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
      const value = isScalar(item) ? item.value : undefined;
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
        const title = isScalar(value) ? String(value.value).trim() : '';
        if (title) edits.title = { value: title, line };
        else report('error', line, 'front matter title: expected a non-empty line of text');
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

function setOption(section: SectionEdit, key: OptionKey, value: string, line: number, report: Report): void {
  const bad = (expected: string): void => report('error', line, `section "${section.id}": ${key}: ${JSON.stringify(value)} is not ${expected}; the option was ignored`);
  switch (key) {
    case 'title':
    case 'quote':
    case 'source':
      if (value) section[key] = { value, line };
      else bad('a non-empty value');
      return;
    case 'kind':
      if (value === 'main' || value === 'background') section.kind = { value, line };
      else bad('main or background');
      return;
    case 'hide':
    case 'pin':
      if (/^(true|yes)$/i.test(value)) section[key] = { value: true, line };
      else if (/^(false|no)$/i.test(value)) section[key] = { value: false, line };
      else bad('true or false');
      return;
    case 'date': {
      const date = parseEditorialDate(value);
      if (date) section.date = { value: date, line };
      else bad('an ISO 8601 date cut to its precision (2014, 2023-03, 2023-11-07, 2023-11-07T09:30+01:00) or a range start/end of one precision');
    }
  }
}

const ISO_CUT = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** `2023`, `2023-11`, `2023-11-07`, `2023-11-07T09:30+01:00`, or `start/end` with one precision. */
export function parseEditorialDate(value: string): EditorialDate | undefined {
  const [start, end, extra] = value.split('/').map((s) => s.trim());
  if (extra !== undefined || !start) return undefined;
  const precision = precisionOf(start);
  if (!precision) return undefined;
  if (end === undefined) return { start, precision };
  if (precisionOf(end) !== precision || end < start) return undefined;
  return end === start ? { start, precision } : { start, end, precision };
}

function precisionOf(iso: string): Precision | undefined {
  const m = ISO_CUT.exec(iso);
  if (!m) return undefined;
  const [, , month, day, hour, minute, second] = m;
  if (month !== undefined && (+month < 1 || +month > 12)) return undefined;
  if (day !== undefined) {
    const days = new Date(Date.UTC(+m[1]!, +month!, 0)).getUTCDate();
    if (+day < 1 || +day > days) return undefined;
  }
  if (hour !== undefined && (+hour > 23 || +minute! > 59 || (second !== undefined && +second > 59))) return undefined;
  return hour !== undefined ? 'minute' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
}
