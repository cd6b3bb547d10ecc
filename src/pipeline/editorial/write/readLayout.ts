import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { findFrontMatter } from '../../ingest/findFrontMatter.ts';
import { boundMarkdownNesting } from '../../text/boundMarkdownNesting.ts';
import { EVENT_ID } from '../parseEditorial.ts';

/** A run of lines [start, end), 0-based. */
export interface LineRange {
  start: number;
  end: number;
}

/** One `## …` heading of editorial.md and the blocks under it, as lines. */
export interface SectionLayout {
  /** The event id, or undefined when the heading is no event id (parseEditorial skips such a section). */
  id?: string;
  isNew: boolean;
  heading: number;
  /** The line after the section: the next `##` heading, or the end of the file. */
  end: number;
  /** The section's first paragraph when only HTML comments stand between it and the heading: the one that may hold options. */
  first?: LineRange;
  /** Every paragraph of the section, first included, in order. */
  paragraphs: LineRange[];
}

export interface EditorialLayout {
  /** The front matter's `---` lines; `close` is missing when it is never closed. */
  frontMatter?: { open: number; close?: number };
  /** Where front matter would go if there is none: the first line that is no blank and no leading HTML comment. */
  frontMatterSlot: number;
  sections: SectionLayout[];
}

/**
 * Where things are in editorial.md, found the way parseEditorial finds them
 * (the same front-matter rule, the same nesting bound, the same remark
 * parse), so an edit lands on the lines the parser will read.
 */
export function readLayout(lines: readonly string[]): EditorialLayout {
  const frontMatter = findFrontMatter(lines);
  let body = [...lines];
  if (frontMatter) {
    const end = frontMatter.close ?? firstSectionLine(lines, frontMatter.open);
    body = body.map((l, i) => (i >= frontMatter.open && i <= end ? '' : l));
  }
  const tree = unified().use(remarkParse).parse(boundMarkdownNesting(body.join('\n')).text) as Root;
  const sections: SectionLayout[] = [];
  let expectFirst = false;
  for (const node of tree.children) {
    const start = (node.position?.start.line ?? 1) - 1;
    const end = node.position?.end.line ?? start + 1;
    const section = sections[sections.length - 1];
    if (node.type === 'heading' && node.depth === 2) {
      if (section) section.end = start;
      const heading = toString(node).trim();
      const match = /^new[ \t]*:[ \t]*(.*)$/i.exec(heading);
      const id = (match ? match[1]! : heading).trim();
      sections.push({ id: EVENT_ID.test(id) ? id : undefined, isNew: Boolean(match), heading: start, end: lines.length, paragraphs: [] });
      expectFirst = true;
      continue;
    }
    if (!section) continue;
    if (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)) continue;
    if (node.type === 'paragraph') {
      const paragraph = { start, end };
      if (expectFirst) section.first = paragraph;
      section.paragraphs.push(paragraph);
    }
    expectFirst = false;
  }
  return { frontMatter, frontMatterSlot: frontMatterSlot(lines), sections };
}

/** As parseEditorial: an unclosed front matter runs to the line before the first `##` heading. */
function firstSectionLine(lines: readonly string[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) if (/^ {0,3}##[ \t]/.test(lines[i]!)) return i - 1;
  return lines.length - 1;
}

/** findFrontMatter's rule for where front matter may start: after blank lines and HTML comments. */
function frontMatterSlot(lines: readonly string[]): number {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!.trim();
    if (line === '') i++;
    else if (line.startsWith('<!--')) {
      while (i < lines.length && !lines[i]!.includes('-->')) i++;
      i++;
    } else break;
  }
  return Math.min(i, lines.length);
}
