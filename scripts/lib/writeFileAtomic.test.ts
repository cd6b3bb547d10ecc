import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, tempNameFor, writeFileAtomic, type AtomicFs } from './writeFileAtomic.ts';

const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const realFs = nodeFs;

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temp file', () => {
    const dir = folder();
    const target = join(dir, 'timeline.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, '{"version":1}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"version":1}\n');
    expect(readdirSync(dir)).toEqual(['timeline.json']);
  });

  it('keeps the old file when the write fails half-way, and removes the temp file', () => {
    const dir = folder();
    const target = join(dir, 'timeline.json');
    writeFileSync(target, 'old contents');
    let calls = 0;
    // The first call writes a few bytes, the second fails as a full disk would.
    const failing: AtomicFs = {
      ...realFs,
      writeSync: (fd, buffer, offset) => {
        if (calls++ === 0) return writeSync(fd, buffer, offset, 4);
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    expect(() => writeFileAtomic(target, 'new contents, much longer than four bytes', failing)).toThrow(/ENOSPC/);
    expect(readFileSync(target, 'utf8')).toBe('old contents');
    expect(readdirSync(dir)).toEqual(['timeline.json']);
  });

  it('writes everything when the file system takes the bytes in small pieces', () => {
    const dir = folder();
    const target = join(dir, 'out.json');
    const trickle: AtomicFs = { ...realFs, writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, Math.min(length, 3)) };
    const text = 'Ünïcödé straddles the 3-byte pieces: ✓ 🙂\n'.repeat(20);
    writeFileAtomic(target, text, trickle);
    expect(readFileSync(target, 'utf8')).toBe(text);
  });

  it('keeps the old file when the rename fails', () => {
    const dir = folder();
    const target = join(dir, 'timeline.json');
    writeFileSync(target, 'old');
    const noRename: AtomicFs = {
      ...realFs,
      renameSync: () => {
        throw new Error('EXDEV: cross-device link not permitted');
      },
    };
    expect(() => writeFileAtomic(target, 'new', noRename)).toThrow(/EXDEV/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['timeline.json']);
  });

  it("removes a temp file a killed writer left, not a running writer's", () => {
    const dir = folder();
    const target = join(dir, 'timeline.json');
    // Process ids wrap far below 2^22 on Linux: this one is not running.
    const dead = tempNameFor(target, 4_194_000);
    const alive = tempNameFor(target, process.ppid);
    writeFileSync(dead, '{"half":');
    writeFileSync(alive, '{"in progress":');
    writeFileAtomic(target, 'new');
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });
});
