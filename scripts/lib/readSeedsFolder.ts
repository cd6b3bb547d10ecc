import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArticleFile } from '../../src/pipeline/types.ts';

/** Every file below the seeds folder (subfolders too, dot-files skipped), in a stable order. */
export function readSeedsFolder(dir: string): ArticleFile[] {
  const files: ArticleFile[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push({ path: relative(dir, path).split(sep).join('/'), bytes: readFileSync(path) });
    }
  };
  walk(dir);
  return files;
}
