/**
 * The command line: parses flags, reads files, calls the pipeline, writes.
 *
 *   npm run timeline -- [--seeds DIR] [--out FILE]
 *   npm run --silent timeline -- tag --published YYYY-MM-DD FILE
 *   npm run timeline -- inspect FILE
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTimeline } from '../src/pipeline/index.ts';
import { parseTimeline } from '../src/pipeline/schema.ts';
import { tagTemporalExpressions } from '../src/pipeline/time/index.ts';
import { DEFAULT_MAX_BYTES, readSeedsFolder } from './lib/readSeedsFolder.ts';
import { readArticle } from '../src/pipeline/ingest/readArticle.ts';
import { parseSourcesYaml } from '../src/pipeline/ingest/parseSourcesYaml.ts';
import { formatInspection } from './lib/formatInspection.ts';
import { serializeTimeline } from './lib/serializeTimeline.ts';

const usage = `Usage:
  npm run timeline -- [--seeds DIR] [--out FILE]       build timeline.json from a folder of articles
  npm run --silent timeline -- tag --published YYYY-MM-DD FILE
                                                       print the temporal expressions of FILE as JSON
  npm run timeline -- inspect FILE                     show how one article is read: metadata and where
                                                       each field came from, cleaned text, dropped blocks
Options:
  --max-bytes N     skip files larger than N bytes (default 5 MB)`;

function main(argv: string[]): number {
  const [command] = argv;
  if (command === 'tag') return tag(argv.slice(1));
  if (command === 'inspect') return inspect(argv.slice(1));
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return build(argv);
}

function build(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'src/data/timeline.json' },
      'max-bytes': { type: 'string', default: String(DEFAULT_MAX_BYTES) },
    },
  });
  const seeds = resolve(values.seeds!);
  const maxBytes = Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    process.stderr.write(`timeline: --max-bytes must be a positive whole number of bytes\n`);
    return 64;
  }
  let files;
  try {
    files = readSeedsFolder(seeds, maxBytes);
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

function inspect(argv: string[]): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true });
  const [file] = positionals;
  if (!file) {
    process.stderr.write(`${usage}\n`);
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

process.exitCode = main(process.argv.slice(2));
