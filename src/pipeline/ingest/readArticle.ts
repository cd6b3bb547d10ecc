import type { Article, ArticleFacts, ArticleFile } from '../types.ts';
import type { Diagnostic, Published } from '../schema.ts';
import { decodeText } from './decodeText.ts';
import { splitFrontMatter } from './splitFrontMatter.ts';
import { markdownToText } from './markdownToText.ts';
import { classifyLines, type ClassifiedLine } from './classifyLines.ts';
import { findDateline } from './findDateline.ts';
import { detectLanguage } from './detectLanguage.ts';
import { parsePublished } from './parsePublished.ts';

const personName = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const textFields = ['title', 'outlet', 'url', 'author', 'language'] as const;

/** How many leading lines may hold the masthead, headline, byline and dateline. */
const HEADER_LINES = 8;

/**
 * One file to an Article: decode, split front matter, mark furniture, find
 * the dateline, headline and byline, and join what is kept into the cleaned
 * text. `overrides` (from sources.yaml) win over anything found in the file.
 */
export function readArticle(file: ArticleFile, overrides: ArticleFacts = {}): Article {
  const diagnostics: Diagnostic[] = [];
  const raw = decodeText(file.bytes);
  let body = raw;
  let firstLine = 1;
  const facts: ArticleFacts = {};
  const provenance: Article['provenance'] = {};

  if (/\.(md|markdown)$/i.test(file.path)) {
    const front = splitFrontMatter(raw);
    if (front.error) diagnostics.push({ file: file.path, line: front.error.line, level: 'warning', message: front.error.message });
    for (const field of [...textFields, 'published'] as const) {
      const value = front.data[field];
      if (value !== undefined && value !== null && value !== '') {
        facts[field] = value instanceof Date ? value.toISOString() : String(value);
        provenance[field] = 'front matter';
      }
    }
    body = markdownToText(front.body);
    firstLine = front.bodyLine;
  }

  const lines = classifyLines(body, firstLine);
  const header = headerLines(lines);
  let published: Published | null = null;
  for (const line of header) {
    const dateline = findDateline(line.text);
    if (!dateline) continue;
    published = dateline.published;
    provenance.published = `dateline (line ${line.line})`;
    line.text = dateline.rest;
    if (!dateline.rest || lines.some((l) => l !== line && l.text === dateline.rest)) line.dropped = 'dateline';
    else if (personName.test(dateline.rest)) {
      facts.author ??= dateline.rest;
      provenance.author ??= `dateline (line ${line.line})`;
      line.dropped = 'byline';
    } else if (/^[\p{L} ]{1,20}$/u.test(dateline.rest) && !/\s\p{L}+\s/u.test(` ${dateline.rest} `.trim())) {
      line.dropped = 'dateline';
    }
    break;
  }
  for (const line of lines) {
    const byline = /^(?:by|author|автор|авторка)\s*:?\s+(.+)$/iu.exec(line.text);
    if (line.dropped === 'byline' && byline && !facts.author) {
      facts.author = byline[1]!.trim();
      provenance.author = `byline (line ${line.line})`;
    }
  }

  const headline = facts.title ? undefined : header.find((l) => !l.dropped && l.text.split(/\s+/).length >= 3);
  if (headline) {
    facts.title = headline.text;
    provenance.title = `headline (line ${headline.line})`;
  }

  for (const field of textFields) {
    const value = overrides[field];
    if (value) {
      facts[field] = value;
      provenance[field] = 'sources.yaml';
    }
  }
  if (overrides.published) {
    const fromYaml = parsePublished(overrides.published, 'sources.yaml');
    if (fromYaml) {
      published = fromYaml;
      provenance.published = 'sources.yaml';
    } else diagnostics.push({ file: file.path, level: 'warning', message: `sources.yaml: "published" is not an ISO date: ${overrides.published}` });
  } else if (facts.published) {
    const fromFront = parsePublished(facts.published, 'front matter');
    if (fromFront) published = fromFront;
    else diagnostics.push({ file: file.path, line: 1, level: 'warning', message: `front matter: "published" is not an ISO date: ${facts.published}` });
  }

  const kept = lines.filter((l) => !l.dropped);
  const text = kept.map((l) => l.text).join('\n\n');
  return {
    file: file.path,
    text,
    title: facts.title ?? null,
    outlet: facts.outlet ?? null,
    url: facts.url ?? null,
    author: facts.author ?? null,
    language: facts.language ?? detectLanguage(text),
    published,
    provenance,
    dropped: lines.filter((l) => l.dropped).map((l) => ({ line: l.line, text: l.text, reason: l.dropped! })),
    diagnostics,
  };
}

/** The lines above the first paragraph of prose, where mastheads, headlines and datelines sit. */
function headerLines(lines: readonly ClassifiedLine[]): ClassifiedLine[] {
  const firstProse = lines.findIndex((l) => l.prose);
  return lines.slice(0, Math.min(firstProse < 0 ? lines.length : firstProse, HEADER_LINES));
}
