/**
 * `npm run review [-- --seeds DIR] [--port N]`: a local page on which a
 * journalist checks the timeline built from the articles folder and
 * corrects it (every edit goes to `<DIR>/editorial.md`), with a live
 * rebuild whenever a file in the folder changes. Stop it with Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { startReviewServer } from './server.ts';

/** The port next to `astro dev`'s 4321, so both can run at once. */
const DEFAULT_PORT = 4322;
/** The highest TCP port. */
const MAX_PORT = 65_535;

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: 'seeds' }, port: { type: 'string', default: String(DEFAULT_PORT) } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > MAX_PORT) {
  process.stderr.write(`review: --port must be a whole number from 0 to ${MAX_PORT}\n`);
  process.exit(64);
}
try {
  const server = await startReviewServer({ seeds: values.seeds, port, seedsLabel: values.seeds });
  process.stdout.write(`review: ${server.url}\n`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`review: cannot start: ${(error as Error).message}\n`);
  process.exit(1);
}
