import { describe, expect, it } from 'vitest';
import { rowToSection } from './rowToSection';
import type { ImportRow } from './types';

const row = (extra: Partial<ImportRow> = {}): ImportRow => ({
  line: 4,
  label: 'line 4',
  start: { year: '2031', month: '3', day: '14', time: '' },
  headline: 'Council <b>opens</b> the tender',
  text: '<p>With <a href="https://example.org/t">terms</a>.</p>',
  media: '',
  type: '',
  group: '',
  uniqueId: '',
  ...extra,
});
const context = () => ({ file: 'sheet.csv', fileSource: 'sheet', taken: new Set<string>() });

describe('rowToSection', () => {
  it('makes a new-event section: headline as title and quote, text as Markdown summary, the file as source', () => {
    const { section, diagnostics } = rowToSection(row(), context());
    expect(diagnostics).toEqual([]);
    expect(section).toEqual({
      id: '2031-03-14-council-opens-the-tender',
      line: 4,
      isNew: true,
      title: { value: 'Council opens the tender', line: 4 },
      date: { value: { start: '2031-03-14', precision: 'day' }, line: 4 },
      source: { value: 'sheet', line: 4 },
      quote: { value: 'Council opens the tender', line: 4 },
      summary: { value: 'With [terms](<https://example.org/t>).', line: 4 },
    });
  });

  it('cites an http(s) media URL, never another scheme', () => {
    expect(rowToSection(row({ media: 'https://example.org/photo' }), context()).section?.source?.value).toBe('https://example.org/photo');
    expect(rowToSection(row({ media: 'javascript:alert(1)' }), context()).section?.source?.value).toBe('sheet');
    expect(rowToSection(row({ media: '<iframe src="https://x.example"></iframe>' }), context()).section?.source?.value).toBe('sheet');
  });

  it('titles a row without a headline by its text; a Background group makes it background', () => {
    const { section } = rowToSection(row({ headline: '', group: 'Background' }), context());
    expect(section?.title?.value).toBe('With terms.');
    expect(section?.kind?.value).toBe('background');
  });

  it('says at its line why a row is not added', () => {
    expect(rowToSection(row({ headline: '', text: '<p> </p>' }), context())).toEqual({ diagnostics: [{ file: 'sheet.csv', line: 4, level: 'warning', message: 'line 4: no headline and no text (not added)' }] });
    const undated = rowToSection(row({ start: { year: '', month: '3', day: '', time: '' } }), context());
    expect(undated.section).toBeUndefined();
    expect(undated.diagnostics[0]!.message).toBe('line 4: no year, so it cannot be placed on the timeline (not added)');
  });

  it('keeps the start of an over-long headline, with a warning', () => {
    const { section, diagnostics } = rowToSection(row({ headline: 'word '.repeat(200) }), context());
    expect(section!.title!.value.length).toBeLessThanOrEqual(300);
    expect(diagnostics.some((d) => d.message.includes('only its start is kept'))).toBe(true);
  });
});
