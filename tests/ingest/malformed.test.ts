/** A folder of bad files still builds: one clear diagnostic per bad file, the good files' events kept. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { parseTimeline } from '../../src/pipeline/schema.ts';
import { readSeedsFolder } from '../../scripts/lib/readSeedsFolder.ts';

describe('a folder of malformed files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'malformed-'));
  cpSync('tests/fixtures/malformed', dir, { recursive: true, verbatimSymlinks: true });
  writeFileSync(join(dir, 'too-large.txt'), 'Word '.repeat(400));
  const timeline = parseTimeline(buildTimeline(readSeedsFolder(dir, 1000)));
  const about = (file: string) => timeline.diagnostics.filter((d) => d.file === file);

  it.each([
    ['empty.txt', /no article text/],
    ['photo-saved-as.txt', /binary/],
    ['report.pdf', /not an article format/],
    ['unreadable-link.txt', /could not be read \(ENOENT\)/],
    ['too-large.txt', /over the size limit/],
    ['same-article-saved-twice.txt', /the same article as good-article.txt/],
    ['sources.yaml', /not valid YAML/],
  ])('reports %s once, clearly', (file, message) => {
    const diagnostics = about(file);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(message);
  });

  it('names the line of broken front matter and still reads the body', () => {
    const [diagnostic] = about('broken-front-matter.md').filter((d) => d.level === 'warning');
    // The YAML parser notices the unclosed bracket on the front matter's second or third line.
    expect(diagnostic!.line).toBeGreaterThanOrEqual(2);
    expect(diagnostic!.line).toBeLessThanOrEqual(4);
    expect(diagnostic!.message).toMatch(/front matter is not valid YAML/);
  });

  it('keeps the good article and its events', () => {
    const good = timeline.sources.find((s) => s.file === 'good-article.txt')!;
    expect(good.published?.date).toBe('2024-06-26');
    const cited = timeline.events.filter((e) => e.mentions.some((m) => m.source === good.id));
    expect(cited.map((e) => e.date.start)).toEqual(expect.arrayContaining(['2024-06-23', '2024-06-25']));
  });

  it('lists every article it read in sources, with the reason when it gave no event', () => {
    const files = timeline.sources.map((s) => s.file);
    expect(files).toEqual(expect.arrayContaining(['empty.txt', 'photo-saved-as.txt', 'same-article-saved-twice.txt', 'broken-front-matter.md']));
    expect(timeline.sources.find((s) => s.file === 'same-article-saved-twice.txt')?.note).toMatch(/same article/);
    expect(timeline.sources.find((s) => s.file === 'photo-saved-as.txt')?.note).toMatch(/binary/);
  });
});
