/** `timeline inspect FILE`: how one article was read, for a person checking ingest. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSourcesYaml } from '../../src/pipeline/ingest/parseSourcesYaml.ts';
import { readArticle } from '../../src/pipeline/ingest/readArticle.ts';
import { formatInspection } from '../lib/formatInspection.ts';
import { USAGE } from './usage.ts';

export function inspect(argv: string[]): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true });
  const [file] = positionals;
  if (!file) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    process.stderr.write(`timeline: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  // The facts sources.yaml gives for this file, when it sits beside it.
  const yamlPath = join(dirname(file), 'sources.yaml');
  const facts = existsSync(yamlPath) ? parseSourcesYaml(readFileSync(yamlPath, 'utf8')).files.get(basename(file)) : undefined;
  process.stdout.write(formatInspection(readArticle({ path: basename(file), bytes }, facts)));
  return 0;
}
