import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The story folders of a data set: subfolders holding articles/ and a gold timeline.json, in name order. */
export function listStories(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, 'timeline.json')) && existsSync(join(path, 'articles')));
}
