/**
 * The compiled CLI (the esbuild bundle `npm run timeline` runs) does what
 * the TypeScript sources do in-process, byte for byte: the seed story's
 * timeline.json, `tag` and `inspect`; at a terminal too, where the build
 * runs in a worker thread behind a live progress line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCli } from '../../scripts/build-cli.mjs';
import { formatInspection } from '../../scripts/lib/formatInspection.ts';
import { readSeedsFolder } from '../../scripts/lib/readSeedsFolder.ts';
import { serializeTimeline } from '../../scripts/lib/serializeTimeline.ts';
import { parseSourcesYaml } from '../../src/pipeline/ingest/parseSourcesYaml.ts';
import { readArticle } from '../../src/pipeline/ingest/readArticle.ts';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { parseTimeline } from '../../src/pipeline/schema.ts';
import { tagTemporalExpressions } from '../../src/pipeline/time/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');
const dir = mkdtempSync(join(tmpdir(), 'newsline-cli-'));
let cli = '';

beforeAll(async () => {
  cli = await ensureCli();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the compiled CLI; returns its stdout, stderr and exit status. */
function run(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const firstArticle = (): string => readSeedsFolder(SEEDS).find((f) => f.path.endsWith('.txt'))!.path;

describe('the compiled CLI', () => {
  it('writes the same bytes for the seed story as the pipeline in-process', () => {
    const out = join(dir, 'timeline.json');
    const { status, stderr } = run(['--seeds', SEEDS, '--out', out]);
    expect(status, stderr).toBe(0);
    const inProcess = serializeTimeline(parseTimeline(buildTimeline(readSeedsFolder(SEEDS))));
    expect(readFileSync(out, 'utf8')).toBe(inProcess);
    // Not at a terminal: plain lines, no control characters.
    expect(stderr).toMatch(/^timeline: read \d+ articles\n/);
    expect(stderr).not.toMatch(/[\r\x1b]/);
  });

  it('tags a file as the tagger does in-process', () => {
    const file = firstArticle();
    const { stdout, status } = run(['tag', '--published', '2024-01-01', join(SEEDS, file)]);
    expect(status).toBe(0);
    const text = new TextDecoder('utf-8').decode(readFileSync(join(SEEDS, file)));
    const expected = tagTemporalExpressions(text, { published: '2024-01-01', language: 'en' }).map(({ start, end, text: t, value, precision, type }) => ({
      start,
      end,
      text: t,
      value,
      precision,
      type,
    }));
    expect(stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('inspects a file as formatInspection does in-process', () => {
    const file = firstArticle();
    const { stdout, status } = run(['inspect', join(SEEDS, file)]);
    expect(status).toBe(0);
    const facts = parseSourcesYaml(readFileSync(join(SEEDS, 'sources.yaml'), 'utf8')).files.get(file);
    expect(stdout).toBe(formatInspection(readArticle({ path: file, bytes: readFileSync(join(SEEDS, file)) }, facts)));
  });

  it('rejects bad flags with the usage exit code and leaves the output alone', () => {
    const out = join(dir, 'never.json');
    expect(run(['--seeds', SEEDS, '--out', out, '--max-bytes', 'lots']).status).toBe(64);
    expect(run(['tag', 'no-date-given.txt']).status).toBe(64);
    expect(existsSync(out)).toBe(false);
  });

  // util-linux `script` gives the CLI a pseudo-terminal as stderr, as a person's shell would.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('at a terminal, builds in a worker behind a live line, and writes the same bytes', () => {
    const out = join(dir, 'tty.json');
    const command = [process.execPath, cli, '--seeds', SEEDS, '--out', out].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const transcript = execFileSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
    expect(transcript).toMatch(/\r\x1b\[2Ktimeline: \S \d+\.\d s/);
    expect(transcript).toMatch(/timeline: read \d+ articles \(\d+\.\d s\)/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(dir, 'timeline.json'), 'utf8'));
  });
});
