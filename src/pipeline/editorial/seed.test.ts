import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../schema.ts';
import { editTimeline, parseEditorial } from './index.ts';

const seed = readFileSync(new URL('../../../seeds/editorial.md', import.meta.url), 'utf8');

describe('seeds/editorial.md', () => {
  it('parses without diagnostics: its documentation comment asks for nothing, its one section retitles an event', () => {
    const { edits, diagnostics } = parseEditorial(seed, 'editorial.md');
    expect(diagnostics).toEqual([]);
    expect({ ...edits, sections: [] }).toEqual({ file: 'editorial.md', hide: [], pin: [], merge: [], sections: [] });
    expect(edits.sections.map((s) => [s.id, s.title?.value])).toEqual([['2024-06-25-defence-minister-russia', 'Austin and Belousov hold their first phone call']]);
  });

  it('documents the format it uses: the examples in its comment, once uncommented, are read as edits', () => {
    const body = /<!--([\s\S]*?)-->/.exec(seed)![1]!;
    // The examples are the comment's lines indented by five spaces (blank lines keep paragraphs apart).
    const md = body
      .split('\n')
      .filter((l) => l.startsWith('     ') || !l.trim())
      .map((l) => l.slice(5))
      .join('\n');
    const { edits, diagnostics } = parseEditorial(md);
    expect(diagnostics).toEqual([]);
    expect(edits.title?.value).toBe('Story title that overrides the extracted one');
    expect(edits.merge.map((m) => m.map((id) => id.value))).toEqual([['event-id-a', 'event-id-b']]);
    expect(edits.sections.map((s) => [s.id, s.isNew, Object.keys(s).sort().join(',')])).toEqual([
      ['event-id-3', false, 'date,hide,id,isNew,kind,line,summary,title'],
      ['2024-06-27-my-added-event', true, 'date,id,isNew,line,quote,source,summary,title'],
    ]);
  });

  it('touches only the event it names', () => {
    const timeline = parseTimeline(JSON.parse(readFileSync(new URL('../../../tests/fixtures/editorial/timeline.json', import.meta.url), 'utf8')));
    const edited = editTimeline(timeline, seed);
    expect(edited.events).toEqual(timeline.events);
    expect(edited.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('2024-06-25-defence-minister-russia')]);
  });
});
