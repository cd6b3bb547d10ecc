import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { isOwnHost, isOwnOrigin, tokenMatches, writablePath } from './requestChecks.ts';

describe('isOwnHost', () => {
  it('takes the server’s own address and localhost on its port', () => {
    expect(isOwnHost('127.0.0.1:4322', 4322)).toBe(true);
    expect(isOwnHost('localhost:4322', 4322)).toBe(true);
  });
  it('refuses a rebound name, another port, no port and no header', () => {
    expect(isOwnHost('evil.example:4322', 4322)).toBe(false);
    expect(isOwnHost('127.0.0.1.evil.example:4322', 4322)).toBe(false);
    expect(isOwnHost('127.0.0.1:4323', 4322)).toBe(false);
    expect(isOwnHost('127.0.0.1', 4322)).toBe(false);
    expect(isOwnHost(undefined, 4322)).toBe(false);
  });
});

describe('isOwnOrigin', () => {
  it('takes only the server’s own http origin', () => {
    expect(isOwnOrigin('http://127.0.0.1:4322', 4322)).toBe(true);
    expect(isOwnOrigin('http://localhost:4322', 4322)).toBe(true);
    expect(isOwnOrigin('https://127.0.0.1:4322', 4322)).toBe(false);
    expect(isOwnOrigin('http://evil.example', 4322)).toBe(false);
    expect(isOwnOrigin('null', 4322)).toBe(false);
    expect(isOwnOrigin(undefined, 4322)).toBe(false);
  });
});

describe('tokenMatches', () => {
  it('takes the very token only', () => {
    expect(tokenMatches('s3cret-token', 's3cret-token')).toBe(true);
    expect(tokenMatches('s3cret-tokem', 's3cret-token')).toBe(false);
    expect(tokenMatches('s3cret', 's3cret-token')).toBe(false);
    expect(tokenMatches('s3cret-token-and-more', 's3cret-token')).toBe(false);
    expect(tokenMatches('', 's3cret-token')).toBe(false);
    expect(tokenMatches(undefined, 's3cret-token')).toBe(false);
  });
});

describe('writablePath', () => {
  const seeds = resolve('/tmp/some-seeds');
  it('is editorial.md in the folder', () => {
    expect(writablePath(seeds, 'editorial.md')).toEqual({ ok: true, path: join(seeds, 'editorial.md') });
    expect(writablePath(`${seeds}/`, './editorial.md')).toEqual({ ok: true, path: join(seeds, 'editorial.md') });
  });
  it('refuses other names, subfolders, paths out of the folder and absolute paths', () => {
    for (const target of ['sources.yaml', 'a.txt', 'sub/editorial.md', '../editorial.md', '../../etc/passwd', '/etc/passwd', join(seeds, 'editorial.md'), 'editorial.md/..']) {
      expect(writablePath(seeds, target).ok, target).toBe(false);
    }
  });
});
