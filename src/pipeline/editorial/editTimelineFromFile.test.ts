import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseTimeline, type Timeline } from '../schema.ts';
import { editTimelineFromFile } from './editTimelineFromFile.ts';

const fixture: Timeline = parseTimeline(JSON.parse(readFileSync(new URL('../../../tests/fixtures/editorial/timeline.json', import.meta.url), 'utf8')));
const CALL = '2024-06-25-defence-ministers-call';
const EDIT = ['---', 'title: Zoë’s café talks', '---', '', `## ${CALL}`, 'title: Ministers speak — first call', ''];
const titleOf = (t: Timeline) => t.events.find((e) => e.id === CALL)!.title;

describe('editTimelineFromFile', () => {
  it.each([
    ['UTF-8 with CR-only line ends', new TextEncoder().encode(EDIT.join('\r'))],
    ['UTF-16 LE with CRLF', new Uint8Array([0xff, 0xfe, ...iconv.encode(EDIT.join('\r\n'), 'utf-16le')])],
    ['UTF-16 BE', new Uint8Array([0xfe, 0xff, ...iconv.encode(EDIT.join('\n'), 'utf-16be')])],
  ])('applies an editorial.md saved as %s', (_, bytes) => {
    const edited = editTimelineFromFile(fixture, { path: 'editorial.md', bytes });
    expect(edited.title).toBe('Zoë’s café talks');
    expect(titleOf(edited)).toBe('Ministers speak — first call');
  });

  it('applies an editorial.md saved as Windows-1252', () => {
    const bytes = new Uint8Array(iconv.encode(EDIT.join('\r\n').replace('’', "'").replace('—', '-'), 'windows-1252'));
    const edited = editTimelineFromFile(fixture, { path: 'editorial.md', bytes });
    expect(edited.title).toBe("Zoë's café talks");
  });

  it('reports an oversized editorial.md and leaves the timeline as extracted', () => {
    const edited = editTimelineFromFile(fixture, { path: 'editorial.md', bytes: new Uint8Array(), size: 8 * 1024 * 1024 });
    expect(edited.events).toEqual(fixture.events);
    expect(edited.diagnostics.slice(fixture.diagnostics.length)).toEqual([expect.objectContaining({ file: 'editorial.md', level: 'error', message: expect.stringMatching(/size limit/) })]);
  });
});
