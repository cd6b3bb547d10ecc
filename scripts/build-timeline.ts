/**
 * The command line: parses flags, reads files, calls the pipeline, writes.
 *
 *   npm run timeline -- [--seeds DIR] [--out FILE]
 *   npm run --silent timeline -- tag --published YYYY-MM-DD FILE
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTimeline } from '../src/pipeline/index.ts';
import { parseTimeline } from '../src/pipeline/schema.ts';
import { tagTemporalExpressions } from '../src/pipeline/time/index.ts';
import { readSeedsFolder } from './lib/readSeedsFolder.ts';
import { serializeTimeline } from './lib/serializeTimeline.ts';

const usage = `Usage:
  npm run timeline -- [--seeds DIR] [--out FILE]       build timeline.json from a folder of articles
  npm run --silent timeline -- tag --published YYYY-MM-DD FILE
                                                       print the temporal expressions of FILE as JSON`;

function main(argv: string[]): number {
  const [command] = argv;
  if (command === 'tag') return tag(argv.slice(1));
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return build(argv);
}

function build(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string', default: 'src/data/timeline.json' } },
  });
  const seeds = resolve(values.seeds!);
  let files;
  try {
    files = readSeedsFolder(seeds);
  } catch (error) {
    process.stderr.write(`timeline: cannot read the seeds folder ${seeds}: ${(error as Error).message}\n`);
    return 1;
  }
  const started = performance.now();
  const timeline = buildTimeline(files, { onProgress: (line) => process.stderr.write(`timeline: ${line}\n`) });
  let checked;
  try {
    checked = parseTimeline(timeline);
  } catch (error) {
    process.stderr.write(`timeline: ${(error as Error).message}\n`);
    return 2;
  }
  const out = resolve(values.out!);
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, serializeTimeline(checked));
  } catch (error) {
    process.stderr.write(`timeline: cannot write ${out}: ${(error as Error).message}\n`);
    return 1;
  }
  const warnings = checked.diagnostics.filter((d) => d.level !== 'info');
  process.stderr.write(
    `timeline: ${checked.sources.length} articles read, ${checked.events.length} events, ${warnings.length} warning${warnings.length === 1 ? '' : 's'} → ${values.out} (${Math.round(performance.now() - started)} ms)\n`,
  );
  for (const d of checked.diagnostics) process.stderr.write(`  ${d.level}: ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}\n`);
  return 0;
}

function tag(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { published: { type: 'string' }, language: { type: 'string', default: 'en' } },
  });
  const [file] = positionals;
  if (!file || !values.published || !/^\d{4}-\d{2}-\d{2}/.test(values.published)) {
    process.stderr.write(`${usage}\n`);
    return 64;
  }
  // Offsets point into the file's own text: only a byte-order mark is dropped (TextDecoder does that).
  const text = new TextDecoder('utf-8').decode(readFileSync(file));
  const expressions = tagTemporalExpressions(text, { published: values.published, language: values.language });
  const out = expressions.map(({ start, end, text: t, value, precision, type }) => ({ start, end, text: t, value, precision, type }));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
