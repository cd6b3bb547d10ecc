/** sources.yaml's values are checked where they enter: a bad one is reported at its line and the rest still applies. */
import { describe, expect, it } from 'vitest';
import { parseSourcesYaml } from './parseSourcesYaml.ts';

describe('parseSourcesYaml: values', () => {
  it.each(['123', 'true', '[en, ru]', 'e', 'en US', 'en_RU_x', '\'en"><script>\''])('reports the story language %s at its line and leaves it unset', (value) => {
    const parsed = parseSourcesYaml(`title: The ferry\nlanguage: ${value}\n`);
    expect(parsed.language).toBeUndefined();
    expect(parsed.title).toBe('The ferry');
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ file: 'sources.yaml', line: 2, message: expect.stringMatching(/language/) })]);
  });

  it('reads language: en_US as en-US', () => {
    expect(parseSourcesYaml('language: en_US\n').language).toBe('en-US');
  });

  it('reports a story title that is not text, at the line of its key', () => {
    const parsed = parseSourcesYaml('title:\n  - one\n  - two\n');
    expect(parsed.title).toBeUndefined();
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/title/) })]);
  });

  it('reports a bad per-file value at its line and keeps the file\'s other facts', () => {
    const yaml = ['sources:', '  a.txt:', '    outlet: The Daily', '    language: true', '    published: 2024-02-30', '  b.txt:', '    published: 99999-01-01', '    url: https://example.org/b'].join('\n');
    const parsed = parseSourcesYaml(yaml);
    expect(parsed.files.get('a.txt')).toEqual({ outlet: 'The Daily' });
    expect(parsed.files.get('b.txt')).toEqual({ url: 'https://example.org/b' });
    expect(parsed.diagnostics.map((d) => [d.line, /language|published/.exec(d.message)?.[0]])).toEqual([
      [4, 'language'],
      [5, 'published'],
      [7, 'published'],
    ]);
    expect(parsed.diagnostics.every((d) => d.file === 'sources.yaml' && d.message.includes('sources.'))).toBe(true);
  });

  it('names the line of an unknown field and of a file that is not a mapping', () => {
    const parsed = parseSourcesYaml('sources:\n  a.txt:\n    outlett: Typo\n  b.txt: yes\n');
    expect(parsed.diagnostics.map((d) => d.line)).toEqual([3, 4]);
  });

  it('reports an unknown top-level key instead of ignoring it silently', () => {
    const parsed = parseSourcesYaml('titel: Typo\n');
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/unknown.*titel/) })]);
  });

  it('reads CR-only and CRLF line ends', () => {
    for (const end of ['\r', '\r\n']) {
      const parsed = parseSourcesYaml(['title: The ferry', 'sources:', '  a.txt:', '    outlet: The Daily', ''].join(end));
      expect(parsed.title).toBe('The ferry');
      expect(parsed.files.get('a.txt')).toEqual({ outlet: 'The Daily' });
    }
  });

  it('uses the name it is given in its diagnostics', () => {
    expect(parseSourcesYaml('language: 1\n', 'sources.yml').diagnostics[0]!.file).toBe('sources.yml');
  });
});
