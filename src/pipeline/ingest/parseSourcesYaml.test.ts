import { describe, expect, it } from 'vitest';
import { parseSourcesYaml } from './parseSourcesYaml.ts';

describe('parseSourcesYaml', () => {
  it('reads the story title and per-file facts', () => {
    const parsed = parseSourcesYaml('title: The calls\nsources:\n  a.txt:\n    outlet: The Daily\n    published: 2021-03-02\n');
    expect(parsed.title).toBe('The calls');
    expect(parsed.files.get('a.txt')).toEqual({ outlet: 'The Daily', published: '2021-03-02' });
    expect(parsed.diagnostics).toEqual([]);
  });

  it('reads the language the page is written in', () => {
    expect(parseSourcesYaml('title: Хроніка\nlanguage: uk\nsources: {}\n').language).toBe('uk');
    expect(parseSourcesYaml('title: The calls\n').language).toBeUndefined();
  });

  it('reports broken YAML with its line instead of throwing', () => {
    const parsed = parseSourcesYaml('title: ok\nsources:\n  a.txt: [unclosed\n');
    expect(parsed.diagnostics[0]).toMatchObject({ file: 'sources.yaml', level: 'warning' });
    expect(parsed.diagnostics[0]!.line).toBeGreaterThan(1);
  });

  it('names unknown fields', () => {
    const parsed = parseSourcesYaml('sources:\n  a.txt:\n    outlett: Typo\n');
    expect(parsed.diagnostics[0]!.message).toContain('unknown field "outlett"');
  });
});
