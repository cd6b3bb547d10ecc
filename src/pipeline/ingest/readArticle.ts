import type { Article, ArticleFacts, ArticleFile, DroppedBlock } from '../types.ts';
import type { Diagnostic, Published } from '../schema.ts';
import { decodeBytes } from './decodeText.ts';
import { splitFrontMatter } from './splitFrontMatter.ts';
import { readMarkdownBody } from './markdownToText.ts';
import { readHtml } from './readHtml.ts';
import { classifyLines, type ClassifiedLine } from './classifyLines.ts';
import { findDateline } from './findDateline.ts';
import { findOutletMention } from './findOutletMention.ts';
import { detectLanguage } from './detectLanguage.ts';
import { parsePublished } from './parsePublished.ts';
import { validateFact } from './validateFact.ts';
import { htmlLineOf } from './htmlLineOf.ts';

const captionWithCredit = /^[^.!?]{3,120}\.\s+(?:\p{Lu}[\p{L}'’/-]*\s*){1,5}$/u;
const personName = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const factFields = ['title', 'outlet', 'url', 'author', 'language', 'published'] as const;

/** How many leading lines may hold the masthead, headline, byline and dateline. */
const HEADER_LINES = 8;

export const MARKDOWN = /\.(md|markdown)$/i;
export const HTML = /\.(html?|xhtml)$/i;

/**
 * One file to an Article: decode, split front matter or find the main text
 * of a web page, mark furniture, find the dateline, headline and byline,
 * and join what is kept into the cleaned text. `overrides` (from
 * sources.yaml) win over anything found in the file. Never throws.
 */
export function readArticle(file: ArticleFile, overrides: ArticleFacts = {}): Article {
  const diagnostics: Diagnostic[] = [];
  const { text: raw, encoding } = decodeBytes(file.bytes);
  let body = raw;
  let firstLine = 1;
  const facts: ArticleFacts = {};
  const provenance: Article['provenance'] = {};
  const dropped: DroppedBlock[] = [];
  const found = (field: keyof ArticleFacts, value: string, from: string): void => {
    if (facts[field]) return;
    facts[field] = value;
    provenance[field] = from;
  };

  if (MARKDOWN.test(file.path)) {
    const front = splitFrontMatter(raw);
    if (front.error) diagnostics.push({ file: file.path, line: front.error.line, level: 'warning', message: front.error.message });
    for (const field of factFields) {
      const checked = validateFact(field, front.data[field], { file: file.path, line: front.lineOf(field), label: 'front matter' });
      if (checked.diagnostic) diagnostics.push(checked.diagnostic);
      if (checked.value) found(field, checked.value, 'front matter');
    }
    const markdown = readMarkdownBody(front.body);
    // What was flattened to stay within bounds is said, at the line of the file it happened on.
    for (const note of markdown.notes) diagnostics.push({ file: file.path, line: front.bodyLine + note.line - 1, level: 'warning', message: note.message });
    body = markdown.text;
    firstLine = front.bodyLine;
  } else if (HTML.test(file.path)) {
    const page = readHtml(raw);
    for (const field of factFields) {
      const from = page.provenance[field] ?? 'page metadata';
      const checked = validateFact(field, page.facts[field], { file: file.path, line: htmlLineOf(raw, field, page.facts[field]), label: from });
      if (checked.diagnostic) diagnostics.push(checked.diagnostic);
      if (checked.value) found(field, checked.value, from);
    }
    dropped.push(...page.dropped);
    for (const note of page.notes) diagnostics.push({ file: file.path, level: 'warning', message: note });
    body = page.body;
  }

  const lines = classifyLines(body, firstLine);
  // The publication names itself in its furniture: dropped lines, and a saved page's blocks outside its main text.
  const furniture = [...lines.filter((l) => l.dropped), ...dropped];
  for (const line of furniture) {
    const outlet = findOutletMention(line.text);
    if (outlet) {
      found('outlet', outlet, `masthead line ${line.line}: "${line.text}"`);
      break;
    }
  }

  const header = headerLines(lines);
  const bodyLanguage = detectLanguage(lines.map((l) => l.text).join('\n'));
  let published: Published | null = null;
  for (const line of header) {
    const dateline = findDateline(line.text, facts.language ?? bodyLanguage);
    if (!dateline) continue;
    published = dateline.published;
    provenance.published = `dateline (line ${line.line})`;
    const original = line.text;
    line.text = dateline.rest;
    if (!dateline.rest || lines.some((l) => l !== line && l.text === dateline.rest)) line.dropped = 'dateline';
    else if (personName.test(dateline.rest)) {
      found('author', dateline.rest, `dateline (line ${line.line})`);
      line.dropped = 'byline';
    } else if (/^[\p{L}]{1,20}$/u.test(dateline.rest)) {
      // What is left of a dateline line is a place or a menu word: "Москва", "Menu".
      line.dropped = 'dateline';
    }
    // A dropped line is listed whole; a kept one lists the date taken off it.
    if (line.dropped) line.text = original;
    else line.stripped = [{ text: original.replace(dateline.rest, ' ').replace(/\s+/g, ' ').trim(), reason: 'dateline' }, ...(line.stripped ?? [])];
    break;
  }
  for (const line of lines) {
    const byline = /^(?:by|author|автор|авторка)\s*:?\s+(.+)$/iu.exec(line.text);
    if (line.dropped === 'byline' && byline) found('author', byline[1]!.trim(), `byline (line ${line.line})`);
  }

  const headline = header.find((l) => !l.dropped && l.text.split(/\s+/).length >= 3);
  if (headline) found('title', headline.text, `headline (line ${headline.line})`);
  for (const line of header) {
    // Under the headline, "What the photo shows. Who took it" is a caption with its credit.
    if (line !== headline && !line.dropped && captionWithCredit.test(line.text)) line.dropped = 'photo caption and credit';
  }

  for (const field of factFields) {
    // parseSourcesYaml has checked and reported these already; a caller passing its own is checked here.
    const checked = validateFact(field, overrides[field], { file: 'sources.yaml', label: `sources.${file.path}` });
    if (checked.diagnostic) diagnostics.push(checked.diagnostic);
    if (checked.value) {
      facts[field] = checked.value;
      provenance[field] = 'sources.yaml';
    }
  }
  if (facts.published && provenance.published && !provenance.published.startsWith('dateline')) {
    // Every stated value passed validateFact, so it parses.
    published = parsePublished(facts.published, provenance.published) ?? published;
  }

  const text = lines.filter((l) => !l.dropped).map((l) => l.text).join('\n\n');
  dropped.push(...lines.filter((l) => l.dropped).map((l) => ({ line: l.line, text: l.text, reason: l.dropped! })));
  // Affixes taken off kept lines (agency datelines, update stamps) are listed too, so inspect shows them.
  dropped.push(...lines.filter((l) => !l.dropped && l.stripped).flatMap((l) => l.stripped!.map((a) => ({ line: l.line, text: a.text, reason: a.reason }))));
  return {
    file: file.path,
    encoding,
    text,
    title: facts.title ?? null,
    outlet: facts.outlet ?? null,
    url: facts.url ?? null,
    author: facts.author ?? null,
    language: facts.language ?? detectLanguage(text),
    published,
    provenance: { ...provenance, ...(facts.language ? {} : { language: 'detected from the text' }) },
    dropped: dropped.sort((a, b) => a.line - b.line),
    diagnostics,
  };
}

/** The lines above the first paragraph of prose, where mastheads, headlines and datelines sit. */
function headerLines(lines: readonly ClassifiedLine[]): ClassifiedLine[] {
  // Furniture written as a sentence ("Please turn on JavaScript…") does not end the header.
  const firstProse = lines.findIndex((l) => l.prose && !l.dropped);
  return lines.slice(0, Math.min(firstProse < 0 ? lines.length : firstProse, HEADER_LINES));
}
