import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEditorial } from '../../src/pipeline/editorial/index.ts';
import { writeEditorial } from './writeEditorial.ts';

const BEFORE = '<!-- the desk\'s notes -->\n---\nhide: [old-one]\n---\n\n## some-event\ntitle: Kept as it was\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsline-write-editorial-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeEditorial', () => {
  it('writes the edit into editorial.md, keeping what was there', () => {
    writeFileSync(join(dir, 'editorial.md'), BEFORE);
    expect(writeEditorial(dir, { type: 'title', id: 'other-event', title: 'A new title' })).toEqual({ ok: true });
    const after = readFileSync(join(dir, 'editorial.md'), 'utf8');
    expect(after).toContain("<!-- the desk's notes -->");
    const { edits } = parseEditorial(after);
    expect(edits.hide.map((h) => h.value)).toEqual(['old-one']);
    expect(edits.sections.map((s) => [s.id, s.title?.value])).toEqual([
      ['some-event', 'Kept as it was'],
      ['other-event', 'A new title'],
    ]);
  });

  it('creates editorial.md when there is none', () => {
    expect(writeEditorial(dir, { type: 'hide', id: 'an-event', hide: true }).ok).toBe(true);
    const { edits } = parseEditorial(readFileSync(join(dir, 'editorial.md'), 'utf8'));
    expect([...edits.hide.map((h) => h.value), ...edits.sections.filter((s) => s.hide?.value).map((s) => s.id)]).toEqual(['an-event']);
  });

  it('leaves the file untouched when writeEdit refuses the edit, and says why', () => {
    writeFileSync(join(dir, 'editorial.md'), BEFORE);
    const outcome = writeEditorial(dir, { type: 'date', id: 'some-event', date: '2031-03/2031-04-02' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.reason.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'editorial.md'), 'utf8')).toBe(BEFORE);
  });

  it('never writes through a link to a file outside the folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'newsline-outside-'));
    try {
      writeFileSync(join(outside, 'target.md'), BEFORE);
      symlinkSync(join(outside, 'target.md'), join(dir, 'editorial.md'));
      const outcome = writeEditorial(dir, { type: 'title', id: 'some-event', title: 'Hijacked' });
      expect(outcome).toMatchObject({ ok: false, status: 403 });
      expect(readFileSync(join(outside, 'target.md'), 'utf8')).toBe(BEFORE);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses to rewrite an editorial.md it cannot read', () => {
    writeFileSync(join(dir, 'editorial.md'), new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    expect(writeEditorial(dir, { type: 'title', id: 'some-event', title: 'x' })).toMatchObject({ ok: false, status: 409 });
    expect(existsSync(join(dir, 'editorial.md'))).toBe(true);
  });
});
