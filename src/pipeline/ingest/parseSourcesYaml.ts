import { parse, YAMLParseError } from 'yaml';
import type { Diagnostic } from '../schema.ts';
import type { ArticleFacts } from '../types.ts';

export interface SourcesFile {
  title?: string;
  /** The language the timeline page is written in (a BCP 47 tag such as "en" or "uk"). */
  language?: string;
  /** Facts per file path (relative to the seeds folder). */
  files: Map<string, ArticleFacts>;
  diagnostics: Diagnostic[];
}

const FILE = 'sources.yaml';
const factFields = ['title', 'outlet', 'url', 'author', 'language', 'published'] as const;

/**
 * `seeds/sources.yaml`: the story's title and per-file facts a journalist
 * knows. Anything malformed is reported with its line and otherwise ignored.
 *
 *     title: Story title
 *     language: en        # the page's language (default: most articles')
 *     sources:
 *       article.txt: { outlet: The Daily, url: https://… }
 */
export function parseSourcesYaml(text: string): SourcesFile {
  const result: SourcesFile = { files: new Map(), diagnostics: [] };
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    result.diagnostics.push({ file: FILE, ...(line ? { line } : {}), level: 'warning', message: `not valid YAML, ignored: ${message}` });
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    result.diagnostics.push({ file: FILE, line: 1, level: 'warning', message: 'expected a mapping with "title" and "sources"; ignored' });
    return result;
  }
  const record = data as Record<string, unknown>;
  if (typeof record.title === 'string' && record.title.trim()) result.title = record.title.trim();
  if (typeof record.language === 'string' && record.language.trim()) result.language = record.language.trim();
  const sources = record.sources ?? {};
  if (typeof sources !== 'object' || sources === null || Array.isArray(sources)) {
    result.diagnostics.push({ file: FILE, level: 'warning', message: '"sources" must map file names to their facts; ignored' });
    return result;
  }
  for (const [path, facts] of Object.entries(sources as Record<string, unknown>)) {
    if (facts === null || typeof facts !== 'object' || Array.isArray(facts)) {
      result.diagnostics.push({ file: FILE, level: 'warning', message: `sources.${path}: expected a mapping of fields; ignored` });
      continue;
    }
    const entry: ArticleFacts = {};
    for (const [key, value] of Object.entries(facts as Record<string, unknown>)) {
      if (!(factFields as readonly string[]).includes(key)) {
        result.diagnostics.push({ file: FILE, level: 'warning', message: `sources.${path}: unknown field "${key}" ignored (known: ${factFields.join(', ')})` });
        continue;
      }
      if (value === null || value === undefined || value === '') continue;
      entry[key as (typeof factFields)[number]] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    }
    result.files.set(path, entry);
  }
  return result;
}
