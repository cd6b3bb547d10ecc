import { z } from 'zod';
import type { Diagnostic } from '../schema.ts';
import type { ArticleFacts } from '../types.ts';
import { normalizeLineEndings } from './decodeText.ts';
import { MAX_TITLE_CHARS, languageRule, textRule, type FactField } from './factSchemas.ts';
import { readYamlMapping } from './readYamlMapping.ts';
import { validateFact } from './validateFact.ts';
import { validateValue } from './validateValue.ts';

export interface SourcesFile {
  title?: string;
  /** The language the timeline page is written in (a BCP 47 tag such as "en" or "uk"). */
  language?: string;
  /** Facts per file path (relative to the seeds folder). */
  files: Map<string, ArticleFacts>;
  diagnostics: Diagnostic[];
}

const STORY_KEYS = ['title', 'language', 'sources'] as const;
const factFields: readonly FactField[] = ['title', 'outlet', 'url', 'author', 'language', 'published'];

/** The shapes sources.yaml is made of; the values in them are checked by the fact rules (factSchemas.ts). */
const mapping = z.record(z.string(), z.unknown());
const storyTitleRule = textRule(MAX_TITLE_CHARS);

/**
 * `seeds/sources.yaml`: the story's title and per-file facts a journalist
 * knows. Anything malformed is reported with its line and otherwise ignored;
 * every value is checked where it enters, so a bad one is reported and the
 * others still apply.
 *
 *     title: Story title
 *     language: en        # the page's language (default: most articles')
 *     sources:
 *       article.txt: { outlet: The Daily, url: https://… }
 */
export function parseSourcesYaml(text: string, file = 'sources.yaml'): SourcesFile {
  const result: SourcesFile = { files: new Map(), diagnostics: [] };
  const warn = (line: number | undefined, message: string): void => {
    result.diagnostics.push({ file, ...(line ? { line } : {}), level: 'warning', message });
  };
  const yaml = readYamlMapping(normalizeLineEndings(text.replace(/^\uFEFF/, '')));
  const story = mapping.safeParse(yaml.data);
  if (!story.success) {
    warn(yaml.problem?.line ?? 1, `${yaml.problem?.message ?? 'not a mapping'}; expected a mapping with "title" and "sources", so the file was ignored`);
    return result;
  }
  const { lineOf } = yaml;
  for (const key of Object.keys(story.data)) {
    if (!(STORY_KEYS as readonly string[]).includes(key)) warn(lineOf([key]), `unknown key "${key}" ignored (known: ${STORY_KEYS.join(', ')})`);
  }
  const title = validateValue(storyTitleRule, story.data.title, { file, line: lineOf(['title']), name: 'title' }, 'the title is taken from the articles instead');
  const language = validateValue(languageRule, story.data.language, { file, line: lineOf(['language']), name: 'language' }, "the page's language is the one most articles are in");
  for (const checked of [title, language]) if (checked.diagnostic) result.diagnostics.push(checked.diagnostic);
  if (title.value) result.title = title.value;
  if (language.value) result.language = language.value;

  if (story.data.sources === undefined || story.data.sources === null) return result;
  const sources = mapping.safeParse(story.data.sources);
  if (!sources.success) {
    warn(lineOf(['sources']), '"sources" must map file names to their facts; ignored');
    return result;
  }
  for (const [path, facts] of Object.entries(sources.data)) {
    const entry = readFileFacts(path, facts, file, lineOf, warn, result.diagnostics);
    if (entry) result.files.set(path, entry);
  }
  return result;
}

/** One file's facts under `sources:`; undefined when they are not a mapping. An empty entry (`a.txt:`) knows nothing. */
function readFileFacts(
  path: string,
  facts: unknown,
  file: string,
  lineOf: (path: readonly string[]) => number | undefined,
  warn: (line: number | undefined, message: string) => void,
  diagnostics: Diagnostic[],
): ArticleFacts | undefined {
  if (facts === null) return {};
  const fields = mapping.safeParse(facts);
  if (!fields.success) {
    warn(lineOf(['sources', path]), `sources.${path}: expected a mapping of fields; ignored`);
    return undefined;
  }
  const entry: ArticleFacts = {};
  for (const [key, value] of Object.entries(fields.data)) {
    const line = lineOf(['sources', path, key]);
    if (!(factFields as readonly string[]).includes(key)) {
      warn(line, `sources.${path}: unknown field "${key}" ignored (known: ${factFields.join(', ')})`);
      continue;
    }
    const checked = validateFact(key as FactField, value, { file, ...(line ? { line } : {}), label: `sources.${path}` });
    if (checked.diagnostic) diagnostics.push(checked.diagnostic);
    if (checked.value) entry[key as FactField] = checked.value;
  }
  return entry;
}
