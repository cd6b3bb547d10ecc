import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ArticleFile } from '../../src/pipeline/types.ts';

const READER = fileURLToPath(new URL('../../scripts/lib/readSeedsFolder.ts', import.meta.url));
/** Reading a small test folder takes well under a second; a reader still busy after this blocked on something. */
const READ_TIMEOUT_MS = 20_000;
/** Room for the JSON of a test folder's files, base64-encoded. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

type WireFile = Omit<ArticleFile, 'bytes'> & { bytes: string };

/**
 * The seeds folder read as the CLI reads it, but in a child process killed
 * after a bound: a reader that blocks on a FIFO or reads /dev/zero fails the
 * test instead of hanging the whole suite.
 */
export function readFolderInChild(dir: string, maxBytes?: number): ArticleFile[] {
  const call = `readSeedsFolder(${JSON.stringify(dir)}${maxBytes === undefined ? '' : `, ${maxBytes}`})`;
  const script = [
    `import { readSeedsFolder } from ${JSON.stringify(READER)};`,
    `const files = ${call}.map((f) => ({ ...f, bytes: Buffer.from(f.bytes).toString('base64') }));`,
    'process.stdout.write(JSON.stringify(files));',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], {
    encoding: 'utf8',
    timeout: READ_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: MAX_OUTPUT_BYTES,
  });
  if (run.error || run.status !== 0) {
    throw new Error(`the folder reader did not finish within ${READ_TIMEOUT_MS} ms: ${run.error?.message ?? run.signal ?? run.stderr}`);
  }
  return (JSON.parse(run.stdout) as WireFile[]).map((f) => ({ ...f, bytes: new Uint8Array(Buffer.from(f.bytes, 'base64')) }));
}
