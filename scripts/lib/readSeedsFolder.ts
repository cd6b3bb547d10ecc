import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArticleFile } from '../../src/pipeline/types.ts';

/** Files larger than this are listed but not read (override with --max-bytes). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

// Opening a FIFO for reading blocks until a writer comes; with O_NONBLOCK open returns at once and fstat says what it is.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Every file below the seeds folder (subfolders too, dot-files skipped), in
 * a stable order. A file that cannot be read, or is too large, is still
 * returned, with the reason, so that the pipeline can say so. Only regular
 * files are opened: a FIFO, a socket or a device is listed with the reason
 * and never opened (a FIFO would block forever, /dev/zero never ends). A
 * symbolic link is followed only to a place inside the seeds folder, and a
 * folder is read once, so a link loop ends.
 */
export function readSeedsFolder(dir: string, maxBytes = DEFAULT_MAX_BYTES): ArticleFile[] {
  const root = realpathSync(dir);
  const files: ArticleFile[] = [];
  const foldersRead = new Set<string>([root]);
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const file = relative(dir, path).split(sep).join('/');
      const skip = (error: string): void => {
        files.push({ path: file, bytes: new Uint8Array(), error });
      };
      try {
        const entry = resolveEntry(path, root);
        if (typeof entry === 'string') skip(entry);
        else if (entry.stats.isDirectory()) {
          if (foldersRead.has(entry.real)) skip('a link to a folder already read (a loop), not followed');
          else {
            foldersRead.add(entry.real);
            walk(path);
          }
        } else if (!entry.stats.isFile()) skip(notRegular(entry.stats));
        else files.push(readRegularFile(entry.real, file, maxBytes));
      } catch (error) {
        skip((error as NodeJS.ErrnoException).code ?? (error as Error).message);
      }
    }
  };
  walk(dir);
  return files;
}

/** Where an entry really is and what it is; or why it is not followed (a link out of the folder, a link loop). */
function resolveEntry(path: string, root: string): { real: string; stats: Stats } | string {
  const own = lstatSync(path);
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') return 'a symbolic link loop, not followed';
    throw error;
  }
  if (!own.isSymbolicLink()) return { real, stats: own };
  if (!isInside(real, root)) return 'a symbolic link to outside the seeds folder, not followed';
  return { real, stats: statSync(real) };
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep);
}

function notRegular(stats: Stats): string {
  const kind = stats.isFIFO()
    ? 'a FIFO'
    : stats.isSocket()
      ? 'a socket'
      : stats.isCharacterDevice()
        ? 'a character device'
        : stats.isBlockDevice()
          ? 'a block device'
          : 'of an unknown kind';
  return `not a regular file (${kind}), so it was not opened`;
}

/** A regular file's bytes, at most `maxBytes`: opened without blocking and checked again once open, as it may have changed. */
function readRegularFile(real: string, file: string, maxBytes: number): ArticleFile {
  const fd = openSync(real, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { path: file, bytes: new Uint8Array(), error: notRegular(stats) };
    if (stats.size > maxBytes) return { path: file, bytes: new Uint8Array(), size: stats.size };
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return { path: file, bytes: bytes.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}
