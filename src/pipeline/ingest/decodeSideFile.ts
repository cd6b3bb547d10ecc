import type { Diagnostic } from '../schema.ts';
import type { ArticleFile } from '../types.ts';
import { decodeBytes } from './decodeText.ts';
import { looksBinary } from './looksBinary.ts';

const BYTES_PER_MB = 1024 * 1024;

/**
 * A file beside the articles that a person edits (sources.yaml,
 * editorial.md), decoded as articles are: any encoding (UTF-8 with or
 * without BOM, UTF-16, Windows-1252/1251…), any line ends (to \n). When it
 * cannot be used (unreadable, over the size limit, binary), there is no
 * text and an error says so: none of its edits apply, and the person must
 * hear of it.
 */
export function decodeSideFile(file: ArticleFile): { text?: string; encoding?: string; diagnostics: Diagnostic[] } {
  const refuse = (why: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [{ file: file.path, level: 'error', message: `${why}, so none of it was applied` }],
  });
  if (file.error) return refuse(/^E[A-Z0-9]+$/.test(file.error) ? `could not be read (${file.error})` : file.error);
  if (file.size !== undefined) return refuse(`${(file.size / BYTES_PER_MB).toFixed(1)} MB is over the size limit (raise it with --max-bytes)`);
  const { text, encoding } = decodeBytes(file.bytes);
  if (looksBinary(text)) return refuse('binary data, not text');
  return { text, encoding, diagnostics: [] };
}
