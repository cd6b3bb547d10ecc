import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staticFile } from './staticFile.ts';

const root = mkdtempSync(join(tmpdir(), 'newsline-static-'));
mkdirSync(join(root, 'dist/embed'), { recursive: true });
writeFileSync(join(root, 'dist/index.html'), 'index');
writeFileSync(join(root, 'dist/embed/index.html'), 'embed');
writeFileSync(join(root, 'secret.txt'), 'outside');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('staticFile', () => {
  const dist = join(root, 'dist');
  it('serves a folder’s index.html with its type', () => {
    expect(staticFile(dist, '/')).toEqual({ path: join(dist, 'index.html'), type: 'text/html; charset=utf-8' });
    expect(staticFile(dist, '/embed/')?.path).toBe(join(dist, 'embed/index.html'));
  });
  it('never serves what is outside the folder, however the path is spelled', () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/embed/../../secret.txt', '/%2e%2e%2fsecret.txt', '/a%00b', '/%E0%A4%A']) {
      expect(staticFile(dist, path), path).toBeUndefined();
    }
  });
});
