/** The CLI writes a valid contract, byte-identical across runs, and keeps stdout clean. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTimeline, timelineSchema } from '../../src/pipeline/schema.ts';

const tsx = join('node_modules', '.bin', 'tsx');
const cli = (...args: string[]) => spawnSync(tsx, ['scripts/build-timeline.ts', ...args], { encoding: 'utf8' });

describe('npm run timeline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'timeline-'));

  it('writes a timeline that validates, and the same bytes twice', () => {
    const first = cli('--seeds', 'seeds', '--out', join(dir, 'a.json'));
    const second = cli('--seeds', 'seeds', '--out', join(dir, 'b.json'));
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/5 articles read, \d+ events, \d+ warnings?/);
    const a = readFileSync(join(dir, 'a.json'));
    expect(a.equals(readFileSync(join(dir, 'b.json')))).toBe(true);
    const timeline = parseTimeline(JSON.parse(a.toString('utf8')));
    expect(timeline.version).toBe(1);
    expect(timeline.events.length).toBeGreaterThan(5);
  });

  it('builds from an empty folder, and fails only when it cannot write', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(cli('--seeds', empty, '--out', join(dir, 'empty.json')).status).toBe(0);
    const blocked = join(dir, 'file');
    writeFileSync(blocked, '');
    const result = cli('--seeds', empty, '--out', join(blocked, 'x.json'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('cannot write');
  });

  it('tag prints temporal expressions as JSON with offsets into the file', () => {
    const file = join(dir, 'snippet.txt');
    const text = 'Russian and US defense chiefs spoke over the phone on Tuesday, discussing the need to maintain communication.';
    writeFileSync(file, text);
    const out = execFileSync(tsx, ['scripts/build-timeline.ts', 'tag', '--published', '2024-06-26', file], { encoding: 'utf8' });
    const tags = JSON.parse(out) as { start: number; end: number; text: string; value: string; type: string; precision: string }[];
    expect(tags).toEqual([{ start: 54, end: 61, text: 'Tuesday', value: '2024-06-25', precision: 'day', type: 'DATE' }]);
    expect(text.slice(tags[0]!.start, tags[0]!.end)).toBe('Tuesday');
  });
});

describe('npm run timeline -- inspect', () => {
  it('shows metadata with where it came from, the cleaned text and each dropped block with its reason', () => {
    const out = execFileSync(tsx, ['scripts/build-timeline.ts', 'inspect', 'seeds/003_6ec7bb4a00626735.txt'], { encoding: 'utf8' });
    expect(out).toMatch(/title\s+US defence secretary talks with new Russian defence minister – Pentagon\s+\[headline \(line 6\)\]/);
    expect(out).toMatch(/outlet\s+Ukrainska Pravda\s+\[sources\.yaml\]/);
    expect(out).toMatch(/published\s+2024-07-12T19:50 \(minute\)\s+\[dateline \(line 8\)\]/);
    expect(out).toContain('│ US Defense Secretary Lloyd Austin held his second phone conversation');
    expect(out).toMatch(/line\s+59\s+news ticker\s+10:20/);
    expect(out).toMatch(/line\s+1\s+navigation\s+All Sections/);
  });
});

describe('the contract schema', () => {
  it('rejects a mention that cites an unknown source', () => {
    const bad = {
      version: 1,
      title: 't',
      sources: [],
      events: [{ id: 'e', date: { start: '2024-06-25', precision: 'day', basis: 'expression' }, status: 'reported', tier: 'key', title: 't', summary: '', kind: 'main', salience: 1, actors: [], mentions: [{ source: 'x', quote: 'q', start: 0, end: 1, expression: '' }], disputes: [] }],
      diagnostics: [],
    };
    expect(timelineSchema.safeParse(bad).success).toBe(false);
    expect(() => parseTimeline(bad)).toThrow(/unknown source id "x"/);
  });

  it('rejects a date not cut to ISO 8601', () => {
    const bad = { version: 1, title: 't', sources: [], events: [{ id: 'e', date: { start: '25 June', precision: 'day' }, title: 't', summary: '', kind: 'main', salience: 1, actors: [], mentions: [], disputes: [] }], diagnostics: [] };
    expect(timelineSchema.safeParse(bad).success).toBe(false);
  });
});
