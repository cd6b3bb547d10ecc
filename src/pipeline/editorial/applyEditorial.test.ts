import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeline, timelineSchema, type Timeline } from '../schema.ts';
import { applyEditorial } from './applyEditorial.ts';
import { editTimeline } from './index.ts';
import { parseEditorial } from './parseEditorial.ts';

const fixture: Timeline = parseTimeline(JSON.parse(readFileSync(new URL('../../../tests/fixtures/editorial/timeline.json', import.meta.url), 'utf8')));
const DAILY = 'daily-news-2024-06-26-ministers-talk';
const CALL = '2024-06-25-defence-ministers-call';
const CONFIRMS = '2024-06-25-pentagon-confirms-call';
const CRIMEA = '2014-crimea-annexation';

/** Parse + apply, asserting the markdown itself parsed cleanly and the result keeps the contract. */
function edit(markdown: string): Timeline {
  const { edits, diagnostics } = parseEditorial(markdown);
  expect(diagnostics).toEqual([]);
  const result = applyEditorial(fixture, edits);
  expect(timelineSchema.safeParse(result).success).toBe(true);
  return result;
}
const event = (t: Timeline, id: string) => t.events.find((e) => e.id === id);
const ids = (t: Timeline) => t.events.map((e) => e.id);

describe('applyEditorial', () => {
  it('leaves the timeline as it was for an empty file, and never changes its input', () => {
    const before = structuredClone(fixture);
    expect(edit('')).toEqual(fixture);
    edit(`---\ntitle: New\nhide: [${CALL}]\n---\n\n## ${CONFIRMS}\ntitle: Changed\n`);
    expect(fixture).toEqual(before);
  });

  it('retitles an event and the story', () => {
    const t = edit(`---\ntitle: A person’s story title\n---\n\n## ${CALL}\ntitle: Austin and Belousov speak for the first time\n`);
    expect(t.title).toBe('A person’s story title');
    expect(event(t, CALL)!.title).toBe('Austin and Belousov speak for the first time');
    expect(event(t, CALL)!.summary).toBe('The two ministers spoke by phone.');
    expect(event(t, CONFIRMS)!.title).toBe('Pentagon confirms call');
  });

  it('rewrites a summary, keeping it as Markdown', () => {
    const t = edit(`## ${CONFIRMS}\n\nThe **Pentagon** said so.\n[Read it](https://example.org).\n`);
    expect(event(t, CONFIRMS)!.summary).toBe('The **Pentagon** said so.\n[Read it](https://example.org).');
    expect(event(t, CONFIRMS)!.title).toBe('Pentagon confirms call');
  });

  it('changes kind and date, and re-sorts by date then id', () => {
    const t = edit(`## ${CRIMEA}\nkind: main\ndate: 2024-06-25\n\n## ${CALL}\ndate: 2024-06-24T10:00Z\n`);
    expect(event(t, CRIMEA)).toMatchObject({ kind: 'main', date: { start: '2024-06-25', precision: 'day' } });
    expect(event(t, CALL)!.date).toEqual({ start: '2024-06-24T10:00Z', precision: 'minute', basis: 'editorial' });
    expect(ids(t)).toEqual([CALL, CRIMEA, CONFIRMS]);
  });

  it('hides events from the front matter and from a section', () => {
    expect(ids(edit(`---\nhide: [${CRIMEA}]\n---\n`))).toEqual([CALL, CONFIRMS]);
    expect(ids(edit(`## ${CONFIRMS}\nhide: true\n`))).toEqual([CRIMEA, CALL]);
    // A section is more specific than the front matter.
    expect(ids(edit(`---\nhide: [${CRIMEA}]\n---\n\n## ${CRIMEA}\nhide: false\n`))).toEqual([CRIMEA, CALL, CONFIRMS]);
  });

  it('pins: the event becomes main and outranks every other event, the first pinned highest', () => {
    const t = edit(`---\npin: [${CRIMEA}]\n---\n\n## ${CONFIRMS}\npin: true\n`);
    const crimea = event(t, CRIMEA)!;
    const confirms = event(t, CONFIRMS)!;
    expect(crimea.kind).toBe('main');
    expect(crimea.salience).toBeGreaterThan(confirms.salience);
    expect(confirms.salience).toBeGreaterThan(event(t, CALL)!.salience);
    expect(ids(t)).toEqual([CRIMEA, CALL, CONFIRMS]);
  });

  it('merges: mentions join without duplicates, the date stays, actors and disputes are united, the other id disappears', () => {
    const t = edit(`---\nmerge:\n  - [${CALL}, ${CONFIRMS}]\n---\n`);
    expect(ids(t)).toEqual([CRIMEA, CALL]);
    const merged = event(t, CALL)!;
    expect(merged.mentions.map((m) => m.source)).toEqual([DAILY, 'evening-post-2024-06-27-call']);
    expect(merged.actors).toEqual(['Lloyd Austin', 'Andrei Belousov', 'Pentagon']);
    expect(merged.disputes).toHaveLength(1);
    expect(merged.date).toEqual({ start: '2024-06-25', precision: 'day', basis: 'expression' });
    expect(merged.title).toBe('Defence ministers call');
    expect(merged.salience).toBe(3.2);
  });

  it('keeps the first id’s date when merging an event of another date into it', () => {
    const t = edit(`---\nmerge: [[${CRIMEA}, ${CALL}]]\n---\n`);
    expect(event(t, CRIMEA)!.date).toEqual({ start: '2014', precision: 'year', basis: 'expression' });
    expect(event(t, CRIMEA)!.mentions).toHaveLength(2);
    expect(ids(t)).toEqual([CRIMEA, CONFIRMS]);
  });

  it('reports a merged-away id that a later line edits, and leaves the merged event alone', () => {
    const { edits } = parseEditorial(`---\nmerge:\n  - [${CALL}, ${CONFIRMS}]\npin: [${CONFIRMS}]\n---\n\n## ${CONFIRMS}\ntitle: Too late\n`);
    const t = applyEditorial(fixture, edits);
    expect(t.diagnostics).toEqual([
      { file: 'editorial.md', line: 4, level: 'warning', message: expect.stringContaining(`"${CONFIRMS}" was merged into "${CALL}"`) },
      { file: 'editorial.md', line: 7, level: 'warning', message: expect.stringContaining(`"${CONFIRMS}" was merged into "${CALL}"`) },
    ]);
    expect(event(t, CALL)!.title).toBe('Defence ministers call');
    expect(event(t, CALL)!.kind).toBe('main');
    expect(event(t, CALL)!.salience).toBe(3.2);
  });

  it('adds an event citing a source id of the timeline', () => {
    const t = edit(['## new: 2024-06-27-talks-continue', 'date: 2024-06-27', 'title: Talks continue', `source: ${DAILY}`, 'quote: "They will talk again."', '', 'A *summary*.'].join('\n'));
    expect(t.sources).toEqual(fixture.sources);
    expect(event(t, '2024-06-27-talks-continue')).toEqual({
      id: '2024-06-27-talks-continue',
      date: { start: '2024-06-27', precision: 'day', basis: 'editorial' },
      status: 'reported',
      tier: 'key',
      title: 'Talks continue',
      summary: 'A *summary*.',
      kind: 'main',
      salience: 1,
      actors: [],
      mentions: [{ source: DAILY, quote: 'They will talk again.', start: 0, end: 21, expression: '' }],
      disputes: [],
    });
    expect(ids(t)).toEqual([CRIMEA, CALL, CONFIRMS, '2024-06-27-talks-continue']);
  });

  it('adds an event citing a URL, with a new source whose id comes from the host and path', () => {
    const md = (id: string, date: string) => [`## new: ${id}`, `date: ${date}`, 'title: Reported elsewhere', 'source: https://www.Example.org/News/Report.html?x=1', 'quote: The exact words.', ''].join('\n');
    const t = edit(md('2024-06-20-reported', '2024-06-20') + '\n' + md('2024-06-21-reported', '2024-06-21'));
    expect(t.sources.slice(fixture.sources.length)).toEqual([
      { id: 'example-org-news-report-html', file: 'editorial.md', title: null, outlet: null, url: 'https://www.example.org/News/Report.html?x=1', author: null, language: 'en', published: null },
    ]);
    expect(event(t, '2024-06-21-reported')!.mentions[0]).toEqual({ source: 'example-org-news-report-html', quote: 'The exact words.', start: 0, end: 16, expression: '' });
    expect(ids(t)).toEqual([CRIMEA, '2024-06-20-reported', '2024-06-21-reported', CALL, CONFIRMS]);
  });

  it('gives a URL source an id no other source has', () => {
    const timeline = structuredClone(fixture);
    timeline.sources.push({ ...timeline.sources[0]!, id: 'example-org-report' });
    const { edits } = parseEditorial('## new: n-1\ndate: 2024\ntitle: T\nsource: https://example.org/report\nquote: Q\n');
    const t = applyEditorial(timeline, edits);
    expect(t.sources.at(-1)!.id).toBe('example-org-report-2');
    expect(timelineSchema.safeParse(t).success).toBe(true);
  });

  it('does not add a new event that lacks a field or cites an unknown source, and says why', () => {
    const md = ['## new: n-1', 'title: No date, source or quote', '', '## new: n-2', 'date: 2024', 'title: T', 'source: no-such-source', 'quote: Q', '', '## new: n-3', 'date: 2024', 'title: T', 'source: ftp://example.org/x', 'quote: Q', '', `## new: ${CALL}`, 'date: 2024', 'title: T', `source: ${DAILY}`, 'quote: Q'].join('\n');
    const { edits } = parseEditorial(md);
    const t = applyEditorial(fixture, edits);
    expect(ids(t)).toEqual(ids(fixture));
    expect(t.sources).toEqual(fixture.sources);
    expect(t.diagnostics.map((d) => [d.line, d.level])).toEqual([
      [1, 'error'],
      [7, 'error'],
      [13, 'error'],
      [16, 'error'],
    ]);
    expect(t.diagnostics[0]!.message).toMatch(/missing date, source, quote/);
    expect(event(t, CALL)!.title).toBe('Defence ministers call');
  });

  it('reports an unknown id with the file, the line and the id, and applies the rest', () => {
    const { edits } = parseEditorial(`---\nhide: [no-such-event]\n---\n\n## also-missing\ntitle: X\n\n## ${CALL}\ntitle: Still applied\n`, 'seeds/editorial.md');
    const t = applyEditorial(fixture, edits);
    expect(t.diagnostics).toEqual([
      { file: 'seeds/editorial.md', line: 2, level: 'warning', message: expect.stringContaining('"no-such-event"') },
      { file: 'seeds/editorial.md', line: 5, level: 'warning', message: expect.stringContaining('"also-missing"') },
    ]);
    expect(event(t, CALL)!.title).toBe('Still applied');
    expect(ids(t)).toEqual(ids(fixture));
  });

  it('is deterministic and keeps the contract after every kind of edit at once', () => {
    const md = [
      '<!-- docs -->',
      '---',
      'title: Everything',
      `hide: [${CRIMEA}]`,
      'pin: [2024-06-27-added]',
      `merge: [[${CONFIRMS}, ${CALL}]]`,
      '---',
      '',
      `## ${CONFIRMS}`,
      'title: One call',
      'kind: main',
      '',
      'Summary with a [link](https://example.org).',
      '',
      '## new: 2024-06-27-added',
      'date: 2024-06-27',
      'title: Added',
      'source: https://example.org/a',
      'quote: Words.',
    ].join('\n');
    const a = editTimeline(fixture, md);
    const b = editTimeline(structuredClone(fixture), md);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(timelineSchema.safeParse(a).success).toBe(true);
    expect(a.diagnostics).toEqual([]);
    expect(ids(a)).toEqual([CONFIRMS, '2024-06-27-added']);
    expect(event(a, '2024-06-27-added')!.salience).toBeGreaterThan(event(a, CONFIRMS)!.salience);
  });

  it('editTimeline carries the parse diagnostics into the timeline', () => {
    const t = editTimeline(fixture, '---\nhide: [oops\n---\n', 'seeds/editorial.md');
    expect(t.diagnostics).toEqual([expect.objectContaining({ file: 'seeds/editorial.md', level: 'error', line: expect.any(Number) })]);
    expect(t.events).toEqual(fixture.events);
  });
});
