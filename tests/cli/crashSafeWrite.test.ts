/**
 * An interrupted write never leaves half a timeline.json: a writer killed
 * (SIGKILL, no clean-up of its own) in the middle of writing a large file
 * leaves the old file whole, and the next write clears the temp file it
 * left. The same kill against a plain writeFileSync truncates the target,
 * which is why the CLI writes through writeFileAtomic.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../scripts/lib/writeFileAtomic.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MODULE = pathToFileURL(join(ROOT, 'scripts/lib/writeFileAtomic.ts')).href;
/** Large enough that the write takes a while (tens of milliseconds at least), so the kill lands inside it. */
const BYTES = 200 * 1024 * 1024;
const OLD = '{"version":1,"events":[]}\n';

const dir = mkdtempSync(join(tmpdir(), 'crash-safe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Starts a writer of BYTES bytes to `target` and SIGKILLs it once it is
 * visibly mid-write: a temp file holds some, not all, of the bytes (atomic),
 * or the target no longer holds the old contents nor the new (plain).
 */
function killMidWrite(target: string, how: 'atomic' | 'plain'): Promise<{ sawPartial: boolean }> {
  const code =
    how === 'atomic'
      ? `const { writeFileAtomic } = await import(${JSON.stringify(MODULE)}); writeFileAtomic(${JSON.stringify(target)}, 'x'.repeat(${BYTES}));`
      : `const { writeFileSync } = await import('node:fs'); writeFileSync(${JSON.stringify(target)}, 'x'.repeat(${BYTES}));`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, stdio: 'ignore' });
  return new Promise((done, fail) => {
    let sawPartial = false;
    const poll = setInterval(() => {
      for (const name of readdirSync(dir)) {
        const size = statSync(join(dir, name), { throwIfNoEntry: false })?.size;
        if (size === undefined) continue;
        const midWrite = how === 'atomic' ? name !== 'timeline.json' && size > 0 && size < BYTES : size !== OLD.length && size < BYTES;
        if (midWrite) {
          sawPartial = true;
          child.kill('SIGKILL');
        }
      }
    }, 1);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      if (signal !== 'SIGKILL') fail(new Error(`the writer finished (${signal ?? _code}) before it could be killed mid-write`));
      else done({ sawPartial });
    });
  });
}

describe('crash-safe write', () => {
  it('a writer killed mid-write leaves the old timeline.json whole, and the next write clears its temp file', async () => {
    const target = join(dir, 'timeline.json');
    writeFileSync(target, OLD);
    const { sawPartial } = await killMidWrite(target, 'atomic');
    expect(sawPartial).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    const left = readdirSync(dir).filter((name) => name !== 'timeline.json');
    expect(left).toHaveLength(1);
    writeFileAtomic(target, '{"version":1}\n');
    expect(readdirSync(dir)).toEqual(['timeline.json']);
    expect(readFileSync(target, 'utf8')).toBe('{"version":1}\n');
  }, 60_000);

  it('(why) a plain writeFileSync killed the same way leaves a truncated file', async () => {
    const target = join(dir, 'timeline.json');
    writeFileSync(target, OLD);
    const { sawPartial } = await killMidWrite(target, 'plain');
    expect(sawPartial).toBe(true);
    const size = statSync(target).size;
    expect(size).not.toBe(OLD.length);
    expect(size).toBeLessThan(BYTES);
  }, 60_000);
});
