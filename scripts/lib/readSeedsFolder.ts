import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArticleFile } from '../../src/pipeline/types.ts';

/** Files larger than this are listed but not read (override with --max-bytes). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Every file below the seeds folder (subfolders too, dot-files skipped), in
 * a stable order. A file that cannot be read, or is too large, is still
 * returned, with the reason, so that the pipeline can say so.
 */
export function readSeedsFolder(dir: string, maxBytes = DEFAULT_MAX_BYTES): ArticleFile[] {
  const files: ArticleFile[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      const file = relative(dir, path).split(sep).join('/');
      try {
        const stat = statSync(path);
        if (stat.isDirectory()) walk(path);
        else if (stat.size > maxBytes) files.push({ path: file, bytes: new Uint8Array(), size: stat.size });
        else files.push({ path: file, bytes: readFileSync(path) });
      } catch (error) {
        files.push({ path: file, bytes: new Uint8Array(), error: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      }
    }
  };
  walk(dir);
  return files;
}
