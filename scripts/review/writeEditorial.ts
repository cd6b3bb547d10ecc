import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { decodeSideFile } from '../../src/pipeline/ingest/index.ts';
import { writeEdit, type EditorialEdit } from '../../src/pipeline/editorial/writeEdit.ts';
import { DEFAULT_MAX_BYTES } from '../lib/readSeedsFolder.ts';
import { writeFileAtomic } from '../lib/writeFileAtomic.ts';
import { EDITORIAL_FILE, writablePath } from './requestChecks.ts';

/** Whether the edit was written, with the id writeEdit gave an added event; or why nothing was. */
export type EditOutcome = { ok: true; id?: string } | { ok: false; status: number; reason: string };

/**
 * Applies one edit to `<seeds>/editorial.md`: reads it as the pipeline does
 * (any encoding), lets writeEdit rewrite it (it refuses an edit that would
 * leave the file unreadable), and replaces the file atomically. A refused
 * edit leaves the file untouched. The file is never a link: writing through
 * one would change a file outside the folder.
 */
export function writeEditorial(seedsDir: string, edit: EditorialEdit): EditOutcome {
  const target = writablePath(seedsDir, EDITORIAL_FILE);
  if (!target.ok) return { ok: false, status: 403, reason: target.reason };
  let markdown = '';
  if (existsSync(target.path)) {
    if (!lstatSync(target.path).isFile()) return { ok: false, status: 403, reason: `${EDITORIAL_FILE} is not a regular file (a link?), so it is not written` };
    const stats = lstatSync(target.path);
    // The size limit the build reads it with: a file the build refuses must not grow further.
    const file = stats.size > DEFAULT_MAX_BYTES ? { path: EDITORIAL_FILE, bytes: new Uint8Array(), size: stats.size } : { path: EDITORIAL_FILE, bytes: readFileSync(target.path) };
    const decoded = decodeSideFile(file);
    if (decoded.text === undefined) return { ok: false, status: 409, reason: `${EDITORIAL_FILE} cannot be read (${decoded.diagnostics[0]?.message ?? 'unknown'}); fix it by hand first` };
    markdown = decoded.text;
  }
  const result = writeEdit(markdown, edit, EDITORIAL_FILE);
  if (!result.ok) return { ok: false, status: 422, reason: result.reason };
  try {
    writeFileAtomic(target.path, result.markdown);
  } catch (error) {
    return { ok: false, status: 500, reason: `cannot write ${EDITORIAL_FILE}: ${(error as Error).message}` };
  }
  return result.id === undefined ? { ok: true } : { ok: true, id: result.id };
}
