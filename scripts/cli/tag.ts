/**
 * `timeline tag --published YYYY-MM-DD FILE`: the temporal expressions of one
 * file as JSON. Imports the date tagger only, so a tool calling it per file
 * does not pay for ingest and events at every start.
 */
import { parseArgs } from 'node:util';
import { tagTemporalExpressions } from '../../src/pipeline/time/index.ts';
import { readInputFile } from './readInputFile.ts';
import { USAGE } from './usage.ts';

export function tag(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { published: { type: 'string' }, language: { type: 'string', default: 'en' } },
  });
  const [file] = positionals;
  if (!file || !values.published || !/^\d{4}-\d{2}-\d{2}/.test(values.published)) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const bytes = readInputFile(file);
  if (!bytes) return 1;
  // Offsets point into the file's own text: only a byte-order mark is dropped (TextDecoder does that).
  const text = new TextDecoder('utf-8').decode(bytes);
  const expressions = tagTemporalExpressions(text, { published: values.published, language: values.language });
  const out = expressions.map(({ start, end, text: t, value, precision, type }) => ({ start, end, text: t, value, precision, type }));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}
