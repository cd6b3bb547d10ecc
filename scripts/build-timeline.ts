/**
 * The command line: picks the command and loads only what it needs.
 *
 *   npm run timeline -- [--seeds DIR] [--out FILE]
 *   npm run --silent timeline -- tag --published YYYY-MM-DD FILE
 *   npm run timeline -- inspect FILE
 *
 * `npm run timeline` runs the compiled copy of this file (scripts/build-cli.mjs
 * bundles it with esbuild when the sources are newer), so a start costs tens
 * of milliseconds, not seconds of TypeScript compilation. Each command is a
 * dynamic import, which the bundle splits into its own chunk: `tag` never
 * loads ingest, events or their language models.
 */
import { enableCompileCache } from 'node:module';
import { isMainThread } from 'node:worker_threads';
import { USAGE } from './cli/usage.ts';

// V8 keeps the bytecode of the command chunks on disk (in the system's temp folder, keyed by their contents):
// the next start of `tag` skips compiling them. Off when the machine's Node lacks it; harmless under tsx.
enableCompileCache?.();

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === 'tag') return (await import('./cli/tag.ts')).tag(argv.slice(1));
  if (command === 'inspect') return (await import('./cli/inspect.ts')).inspect(argv.slice(1));
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  return (await import('./cli/build.ts')).build(argv, import.meta.url);
}

if (isMainThread) {
  process.exitCode = await main(process.argv.slice(2));
} else {
  // A build at a terminal re-runs this file in a worker thread (see scripts/cli/build.ts).
  const { isBuildWorker, serveBuildWorker } = await import('./cli/build.ts');
  if (isBuildWorker()) serveBuildWorker();
}
