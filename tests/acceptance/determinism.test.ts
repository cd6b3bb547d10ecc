/**
 * Same input, byte-identical output, whatever the machine's time zone: the
 * seed story's timeline.json (the compiled CLI) and the site built from it
 * (`astro build`), each run in child processes under TZ=UTC,
 * America/Los_Angeles (UTC−8/−7) and Pacific/Kiritimati (UTC+14, where the
 * calendar day is most often another than UTC's), compared file by file by
 * hash. The three runs of each step go in parallel; the seed story keeps the
 * builds small.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCli } from '../../scripts/build-cli.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;
const work = mkdtempSync(join(tmpdir(), 'newsline-determinism-'));
/** The folder of each zone's run. */
const folderOf = (zone: string): string => join(work, zone.replace(/\//g, '_'));

/** Runs a child process to completion; rejects with its output when it fails. */
function run(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${args.slice(0, 2).join(' ')} exited with ${code}:\n${output.slice(-3000)}`))));
  });
}

/** Every file below `dir` with the SHA-256 of its bytes, by path relative to `dir`. */
function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The files whose bytes differ between two trees, or that only one has. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}

beforeAll(async () => {
  const cli = await ensureCli();
  const envFor = (zone: string): NodeJS.ProcessEnv => ({ ...process.env, TZ: zone, ASTRO_TELEMETRY_DISABLED: '1' });
  for (const zone of ZONES) mkdirSync(folderOf(zone), { recursive: true });
  await Promise.all(ZONES.map((zone) => run([cli, '--seeds', join(ROOT, 'seeds'), '--out', join(folderOf(zone), 'timeline.json')], { cwd: ROOT, env: envFor(zone) })));
  // Each build runs from its own folder (--root names the project), as tests/e2e/buildFixtureSite.ts explains:
  // parallel builds into /tmp would otherwise share the project's .astro/.prerender chunks.
  await Promise.all(
    ZONES.map((zone) => {
      const folder = folderOf(zone);
      symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'), 'dir');
      const env = { ...envFor(zone), NEWSLINE_TIMELINE: join(folder, 'timeline.json') };
      return run([ASTRO, 'build', '--root', ROOT, '--outDir', join(folder, 'dist')], { cwd: folder, env });
    }),
  );
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('determinism across time zones', () => {
  it('gives byte-identical timeline.json under UTC, America/Los_Angeles and Pacific/Kiritimati', () => {
    const [first, ...others] = ZONES.map((zone) => readFileSync(join(folderOf(zone), 'timeline.json')));
    for (const other of others) expect(other.equals(first!)).toBe(true);
  });

  it('gives byte-identical dist/ under the three zones', () => {
    const [first, ...others] = ZONES.map((zone) => hashTree(join(folderOf(zone), 'dist')));
    expect(first!.size).toBeGreaterThan(10);
    for (const [i, other] of others.entries()) expect(differences(first!, other), `${ZONES[0]} vs ${ZONES[i + 1]}`).toEqual([]);
  });
});
