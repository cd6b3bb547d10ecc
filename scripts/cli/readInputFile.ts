/** A file named on the command line, or null after saying on stderr why it cannot be read. */
import { readFileSync } from 'node:fs';

export function readInputFile(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    process.stderr.write(`timeline: cannot read ${file}: ${(error as Error).message}\n`);
    return null;
  }
}
