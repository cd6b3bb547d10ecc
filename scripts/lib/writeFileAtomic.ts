import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file system calls writeFileAtomic makes, so a test can fail one of them half-way. */
export interface AtomicFs {
  openSync: typeof openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  rmSync: typeof rmSync;
  readdirSync: (dir: string) => string[];
}

/** The real file system; tests spread it and replace one call to inject a failure. */
export const nodeFs: AtomicFs = {
  openSync,
  writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length),
  fsyncSync,
  closeSync,
  renameSync,
  rmSync,
  readdirSync: (dir) => readdirSync(dir),
};

/** `.timeline.json.1234.tmp`: hidden, beside the target (a rename is only atomic within one file system), named by the writer's pid. */
export function tempNameFor(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.${pid}.tmp`);
}

/** Whether a process with this id is running (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Temp files a killed writer left beside the target: only a SIGKILL or a
 * power cut between open and rename leaves one, and it would otherwise sit
 * in the folder (and in `git status`) for ever. A running writer's file is
 * left alone.
 */
function removeStaleTemps(target: string, fs: AtomicFs): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (m && Number(m[1]) !== process.pid && !isRunning(Number(m[1]))) fs.rmSync(join(dirname(target), name), { force: true });
  }
}

/**
 * Writes `data` to `target` so that a reader (or the next build) sees either
 * the old file or the whole new one, never a part: the bytes go to a temp
 * file in the same folder, are flushed to disk, and the temp file is renamed
 * over the target. On any error the temp file is removed and the target is
 * as it was.
 */
export function writeFileAtomic(target: string, data: string, fs: AtomicFs = nodeFs): void {
  removeStaleTemps(target, fs);
  const temp = tempNameFor(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'w', 0o644);
    const bytes = Buffer.from(data, 'utf8');
    // writeSync may write less than asked (large files, some file systems): loop until all of it is out.
    for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // Already failing; the write's own error is the one to report.
      }
    }
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
