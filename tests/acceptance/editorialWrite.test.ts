/**
 * Acceptance (issue 12): edits written by writeEdit, as the review page
 * writes them, and the same edits typed by hand into editorial.md as the
 * README shows, give the same timeline. Both start from the seed story's own
 * editorial.md, whose comment and section writeEdit must keep.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/index.ts';
import type { Timeline } from '../../src/pipeline/schema.ts';
import type { ArticleFile } from '../../src/pipeline/types.ts';
import { parseEditorial, writeEdit, type EditorialEdit } from '../../src/pipeline/editorial/index.ts';
import { readSeedsFolder } from '../../scripts/lib/readSeedsFolder.ts';

let articles: ArticleFile[];
let seedEditorial: string;
let base: Timeline;

beforeAll(() => {
  const files = readSeedsFolder('seeds');
  seedEditorial = new TextDecoder().decode(files.find((f) => f.path === 'editorial.md')!.bytes);
  articles = files.filter((f) => f.path !== 'editorial.md');
  base = buildTimeline(articles);
});

/** The whole pipeline over the seed articles and this editorial.md, as plain JSON. */
const timelineWith = (editorial: string): Timeline => JSON.parse(JSON.stringify(buildTimeline([...articles, { path: 'editorial.md', bytes: new TextEncoder().encode(editorial) }])));

function written(markdown: string, edit: EditorialEdit): { markdown: string; id?: string } {
  const result = writeEdit(markdown, edit);
  if (!result.ok) throw new Error(`writeEdit refused ${JSON.stringify(edit)}: ${result.reason}`);
  return result;
}

describe('editorial.md written by writeEdit', () => {
  it('gives the timeline the same edits typed by hand give', () => {
    // Real ids of the built story, none the seed's own editorial.md already edits.
    const edited = new Set(parseEditorial(seedEditorial).edits.sections.map((s) => s.id));
    const ids = base.events.map((e) => e.id).filter((id) => !edited.has(id));
    expect(ids.length).toBeGreaterThanOrEqual(6);
    const [retitled, hidden, kept, gone, pinned, redated] = ids as [string, string, string, string, string, string];
    const add = { type: 'add', date: '2031-03-14', title: 'An event the articles do not date', source: 'https://example.org/report', quote: 'The exact words that back it.' } as const;

    let markdown = seedEditorial;
    for (const edit of [
      { type: 'title', id: retitled, title: 'Retitled by the desk' },
      { type: 'hide', id: hidden, hide: true },
      { type: 'merge', ids: [kept, gone] },
      { type: 'pin', id: pinned, pin: true },
      { type: 'date', id: redated, date: '2031-03-09/2031-03-11' },
    ] satisfies EditorialEdit[]) {
      markdown = written(markdown, edit).markdown;
    }
    const addition = written(markdown, add);
    markdown = addition.markdown;
    const addedId = addition.id!;

    // As a person would type them, following the README: lists in the front matter, one section per event.
    const byHand = seedEditorial.replace(
      /^---\n---\n/m,
      ['---', `hide: [${hidden}]`, `pin: [${pinned}]`, 'merge:', `  - [${kept}, ${gone}]`, '---', ''].join('\n'),
    ) + [
      '',
      `## ${retitled}`,
      'title: Retitled by the desk',
      '',
      `## ${redated}`,
      'date: 2031-03-09/2031-03-11',
      '',
      `## new: ${addedId}`,
      `date: ${add.date}`,
      `title: ${add.title}`,
      `source: ${add.source}`,
      `quote: "${add.quote}"`,
      '',
    ].join('\n');
    expect(byHand).not.toBe(seedEditorial);

    const fromWrites = timelineWith(markdown);
    const fromHand = timelineWith(byHand);
    expect(fromWrites).toEqual(fromHand);

    // The edits took effect (the comparison cannot pass on two unedited timelines).
    const event = (id: string) => fromWrites.events.find((e) => e.id === id);
    expect(event(retitled)?.title).toBe('Retitled by the desk');
    expect(event(hidden)).toBeUndefined();
    expect(event(gone)).toBeUndefined();
    expect(event(kept)?.mentions.length).toBeGreaterThan(base.events.find((e) => e.id === kept)!.mentions.length);
    expect(event(pinned)).toMatchObject({ kind: 'main', tier: 'key' });
    expect(event(redated)?.date).toEqual({ start: '2031-03-09', end: '2031-03-11', precision: 'day', basis: 'editorial' });
    expect(event(addedId)).toMatchObject({ title: add.title, date: { start: add.date } });
    expect(fromWrites.diagnostics.filter((d) => d.file === 'editorial.md')).toEqual([]);

    // The person's file is kept: its documentation comment and its section, word for word.
    const comment = /<!--[\s\S]*?-->\n/.exec(seedEditorial)![0];
    expect(markdown.startsWith(comment)).toBe(true);
    const section = seedEditorial.slice(seedEditorial.indexOf('\n## ') + 1);
    expect(markdown).toContain(section);
  });
});
