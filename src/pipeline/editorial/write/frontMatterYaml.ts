import { parseDocument, type Document } from 'yaml';
import { replaceLines, type EditorialLines } from './editorialLines.ts';
import type { EditorialLayout } from './readLayout.ts';

/** The closed front matter's YAML (its lines joined by "\n", so offsets map to lines one to one), parsed as parseEditorial parses it. */
export interface FrontMatterYaml {
  /** The line of the opening `---`; the YAML starts on the next one. */
  open: number;
  close: number;
  text: string;
  doc: Document;
}

export function frontMatterYaml(doc: EditorialLines, layout: EditorialLayout): FrontMatterYaml | undefined {
  const fm = layout.frontMatter;
  if (!fm || fm.close === undefined) return undefined;
  const text = doc.lines.slice(fm.open + 1, fm.close).join('\n');
  return { open: fm.open, close: fm.close, text, doc: parseDocument(text, { uniqueKeys: true }) };
}

/** The file with its front matter's YAML replaced by `text`; the lines that did not change keep their line ends. */
export function withFrontMatterText(doc: EditorialLines, yaml: FrontMatterYaml, text: string): EditorialLines {
  return replaceLines(doc, yaml.open + 1, yaml.close, text.split('\n'));
}

/** The 0-based line of `offset` in the YAML text. */
export function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}
