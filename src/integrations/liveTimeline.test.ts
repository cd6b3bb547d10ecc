/**
 * The dev-server hook of liveTimeline, driven as Astro drives it, on a
 * throwaway project root (the real scripts and node_modules linked in, its
 * own seeds/ and src/data/): a saved editorial.md rebuilds that root's
 * timeline.json, and the project's own file is never touched.
 */
import { EventEmitter } from 'node:events';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { liveTimeline } from './liveTimeline.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'newsline-live-'));
const httpServer = new EventEmitter();

afterAll(() => {
  httpServer.emit('close');
  rmSync(root, { recursive: true, force: true });
});

type Hook = (options: unknown) => unknown;

describe('liveTimeline (npm run dev)', () => {
  it('rebuilds the timeline when editorial.md is saved, and says how long it took', async () => {
    symlinkSync(join(ROOT, 'scripts'), join(root, 'scripts'), 'dir');
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
    mkdirSync(join(root, 'src/data'), { recursive: true });
    const before = readFileSync(join(ROOT, 'src/data/timeline.json'));
    const saved = process.env.NEWSLINE_TIMELINE;
    delete process.env.NEWSLINE_TIMELINE;

    const said: string[] = [];
    const logger = { info: (m: string) => said.push(m), warn: (m: string) => said.push(m), error: (m: string) => said.push(m) };
    const { hooks } = liveTimeline();
    await (hooks['astro:config:done'] as Hook)({ config: { root: pathToFileURL(`${root}/`) } });
    await (hooks['astro:server:setup'] as Hook)({ server: { httpServer }, logger });
    if (saved !== undefined) process.env.NEWSLINE_TIMELINE = saved;
    expect(said.some((m) => m.startsWith('watching '))).toBe(true);

    const editorial = join(root, 'seeds/editorial.md');
    writeFileSync(editorial, `${readFileSync(editorial, 'utf8')}\n<!-- saved by a person -->\n`);
    await expect.poll(() => said.find((m) => /changed: timeline rebuilt in \d+ ms/.test(m)), { timeout: 60_000, interval: 100 }).toBeDefined();

    const out = join(root, 'src/data/timeline.json');
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8')).events.length).toBeGreaterThan(0);
    expect(readFileSync(join(ROOT, 'src/data/timeline.json')).equals(before)).toBe(true);
  }, 90_000);
});
