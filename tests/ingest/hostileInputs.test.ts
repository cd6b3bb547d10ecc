/**
 * One bad thing beside one good article: the build finishes, names the bad
 * file in a diagnostic, and the good article keeps its events. Folders are
 * read in a child process (readFolderInChild), so a reader that blocks fails
 * here instead of hanging the suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { parseTimeline, type Timeline } from '../../src/pipeline/schema.ts';
import { readFolderInChild } from './readFolderInChild.ts';

const GOOD = [
  'Ferry service on Lake Orrin ends after ninety years',
  '',
  'March 9, 2024',
  '',
  'The ferry between Lakeside and Norbury stopped running on 5 March 2024, the operator said.',
  '',
  'The town council voted on 7 March 2024 to build a footbridge instead.',
  '',
].join('\n');
const GOOD_DATES = ['2024-03-05', '2024-03-07'];

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder holding good.txt, and whatever `setup` adds beside it. */
function folderWith(setup: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  folders.push(dir);
  writeFileSync(join(dir, 'good.txt'), GOOD);
  setup(dir);
  return dir;
}

const build = (dir: string): Timeline => parseTimeline(buildTimeline(readFolderInChild(dir)));
const about = (t: Timeline, file: string) => t.diagnostics.filter((d) => d.file === file);
function expectGoodEvents(t: Timeline): void {
  const good = t.sources.find((s) => s.file === 'good.txt')!;
  const dates = t.events.filter((e) => e.mentions.some((m) => m.source === good.id)).map((e) => e.date.start);
  expect(dates).toEqual(expect.arrayContaining(GOOD_DATES));
}

describe('hostile files in the seeds folder', () => {
  it('control: the good article alone gives its events', () => {
    const t = build(folderWith(() => {}));
    expectGoodEvents(t);
    expect(t.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
  });

  it('skips a FIFO without opening it', () => {
    const t = build(folderWith((dir) => expect(spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status).toBe(0)));
    expect(about(t, 'pipe.txt')).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringMatching(/not a regular file.*FIFO/) })]);
    expectGoodEvents(t);
  });

  it('skips a socket', async () => {
    let server: ReturnType<typeof createServer> | undefined;
    const dir = folderWith(() => {});
    await new Promise<void>((done) => {
      server = createServer().listen(join(dir, 'feed.txt'), done);
    });
    try {
      const t = build(dir);
      expect(about(t, 'feed.txt')).toEqual([expect.objectContaining({ message: expect.stringMatching(/not a regular file.*socket/) })]);
      expectGoodEvents(t);
    } finally {
      await new Promise((done) => server!.close(done));
    }
  });

  it('does not follow a symlink to /dev/zero', () => {
    const t = build(folderWith((dir) => symlinkSync('/dev/zero', join(dir, 'zero.txt'))));
    expect(about(t, 'zero.txt')).toEqual([expect.objectContaining({ message: expect.stringMatching(/outside the seeds folder/) })]);
    expectGoodEvents(t);
  });

  it('does not follow a symlink out of the folder, to a file or to a folder', () => {
    const outside = folderWith(() => {});
    writeFileSync(join(outside, 'secret.txt'), 'Secret minutes of 3 March 2024: the harbour master resigned on 2 March 2024.\n');
    const t = build(
      folderWith((dir) => {
        symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
        symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
        symlinkSync(outside, join(dir, 'elsewhere'));
      }),
    );
    for (const file of ['leak.txt', 'passwd.txt', 'elsewhere']) {
      expect(about(t, file), file).toEqual([expect.objectContaining({ message: expect.stringMatching(/outside the seeds folder/) })]);
    }
    expect(t.sources.map((s) => s.file)).toEqual(['good.txt']);
    expect(JSON.stringify(t)).not.toMatch(/harbour master|root:/);
    expectGoodEvents(t);
  });

  it('reports a symlink loop between two files', () => {
    const t = build(
      folderWith((dir) => {
        symlinkSync('b.txt', join(dir, 'a.txt'));
        symlinkSync('a.txt', join(dir, 'b.txt'));
      }),
    );
    for (const file of ['a.txt', 'b.txt']) expect(about(t, file), file).toEqual([expect.objectContaining({ message: expect.stringMatching(/loop/) })]);
    expectGoodEvents(t);
  });

  it('reads a folder linked back to its parent once', () => {
    const t = build(
      folderWith((dir) => {
        mkdirSync(join(dir, 'sub'));
        symlinkSync('..', join(dir, 'sub', 'up'));
      }),
    );
    expect(t.sources.map((s) => s.file)).toEqual(['good.txt']);
    expect(about(t, 'sub/up')).toEqual([expect.objectContaining({ message: expect.stringMatching(/already read/) })]);
    expectGoodEvents(t);
  });

  it('still reads a link to an article inside the folder', () => {
    const t = build(
      folderWith((dir) => {
        mkdirSync(join(dir, 'more'));
        writeFileSync(join(dir, 'more', 'other.txt'), 'Norbury asks for a new ferry\n\nMarch 10, 2024\n\nNorbury residents petitioned the council on 8 March 2024 for a new ferry.\n');
        symlinkSync(join('more', 'other.txt'), join(dir, 'linked.txt'));
      }),
    );
    expect(t.sources.map((s) => s.file)).toEqual(expect.arrayContaining(['good.txt', 'linked.txt']));
    expectGoodEvents(t);
  });

  it('skips a file over the size limit, with a diagnostic', () => {
    const t = parseTimeline(buildTimeline(readFolderInChild(folderWith((dir) => writeFileSync(join(dir, 'huge.txt'), 'Word '.repeat(1000))), 2000)));
    expect(about(t, 'huge.txt')).toEqual([expect.objectContaining({ message: expect.stringMatching(/size limit/) })]);
    expectGoodEvents(t);
  });
});

describe('hostile values beside a good article', () => {
  const OTHER = '\nThe Norbury ferry pier was closed to the public on 6 March 2024, the harbour office said.\n';

  it.each(['123', 'true', '[en, ru]', 'en_US', 'e', 'en US', '\'en"><script>\''])('front matter language: %s never reaches the contract unchecked', (value) => {
    const t = build(folderWith((dir) => writeFileSync(join(dir, 'bad.md'), `---\nlanguage: ${value}\npublished: 2024-03-08\n---\n${OTHER}`)));
    const bad = t.sources.find((s) => s.file === 'bad.md')!;
    expect(() => new Intl.Segmenter(bad.language)).not.toThrow();
    expect(bad.language).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
    if (value !== 'en_US') expect(about(t, 'bad.md')).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/language/) })]);
    expect(t.events.some((e) => e.mentions.some((m) => m.source === bad.id) && e.date.start === '2024-03-06')).toBe(true);
    expectGoodEvents(t);
  });

  it.each(['123', 'e', 'en US'])('sources.yaml language: %s (the page and a file) is reported, and the contract holds', (value) => {
    const t = build(folderWith((dir) => writeFileSync(join(dir, 'sources.yaml'), `language: ${value}\nsources:\n  good.txt:\n    language: ${value}\n`)));
    expect(t.language).toBe('en');
    expect(t.sources[0]!.language).toBe('en');
    expect(about(t, 'sources.yaml').map((d) => d.line)).toEqual([1, 4]);
    expectGoodEvents(t);
  });

  it.each(['123', 'e', 'en US', 'en_US'])('<html lang="%s"> is checked', (lang) => {
    const t = build(folderWith((dir) => writeFileSync(join(dir, 'page.html'), `<!doctype html>\n<html lang="${lang}"><head><meta property="article:published_time" content="2024-03-08"></head>\n<body><article><p>${OTHER}</p></article></body></html>`)));
    const page = t.sources.find((s) => s.file === 'page.html')!;
    expect(page.language).toMatch(/^en(-US)?$/);
    expectGoodEvents(t);
  });

  it.each(['2024-02-30', '99999-01-01', '12', '[2024-01-01]'])('published: %s is reported at its line; the article is kept, undated', (value) => {
    const t = build(folderWith((dir) => writeFileSync(join(dir, 'bad.md'), `---\ntitle: Pier closes\npublished: ${value}\n---\n${OTHER}`)));
    const bad = t.sources.find((s) => s.file === 'bad.md');
    expect(bad).toBeDefined();
    expect(bad!.published?.inferred ?? true).toBe(true);
    expect(about(t, 'bad.md')).toEqual(expect.arrayContaining([expect.objectContaining({ line: 3, message: expect.stringMatching(/published/) })]));
    expectGoodEvents(t);
  });

  it('a bad published value for the good article in sources.yaml is reported; its dateline still dates it', () => {
    const t = build(folderWith((dir) => writeFileSync(join(dir, 'sources.yaml'), 'sources:\n  good.txt:\n    published: 2024-02-30\n')));
    expect(about(t, 'sources.yaml')).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/published/) })]);
    expect(t.sources[0]!.published).toMatchObject({ date: '2024-03-09', inferred: false });
    expectGoodEvents(t);
  });
});
