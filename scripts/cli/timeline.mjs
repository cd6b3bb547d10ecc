// @ts-check
/**
 * `npm run timeline`: runs the compiled CLI, compiling it first when a
 * source is newer (scripts/build-cli.mjs). The bundle is imported into this
 * process rather than spawned, so a start costs one Node process, not two.
 */
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { ensureCli } from '../build-cli.mjs';

let entry;
try {
  entry = await ensureCli();
} catch (error) {
  process.stderr.write(`timeline: cannot compile the CLI: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(70);
}
await import(pathToFileURL(entry).href);
