/** `timeline inspect FILE`: how one article was read, for a person checking ingest. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSourcesYaml } from '../../src/pipeline/ingest/readSourcesYaml.ts';
import { readArticle } from '../../src/pipeline/ingest/readArticle.ts';
import { formatInspection } from '../lib/formatInspection.ts';
import { readInputFile } from './readInputFile.ts';
import { USAGE } from './usage.ts';

export function inspect(argv: string[]): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true });
  const [file] = positionals;
  if (!file) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const bytes = readInputFile(file);
  if (!bytes) return 1;
  // The facts sources.yaml gives for this file, when it sits beside it.
  const yamlPath = join(dirname(file), 'sources.yaml');
  const facts = existsSync(yamlPath) ? readSourcesYaml({ path: 'sources.yaml', bytes: readFileSync(yamlPath) }).files.get(basename(file)) : undefined;
  process.stdout.write(formatInspection(readArticle({ path: basename(file), bytes }, facts)));
  return 0;
}
