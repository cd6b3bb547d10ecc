import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSourcesYaml } from './readSourcesYaml.ts';

describe('readSourcesYaml', () => {
  it('reads sources.yaml saved as UTF-16 with CR-only line ends', () => {
    const yaml = ['title: Zoë’s ferry', 'sources:', '  a.txt:', '    outlet: Le Café', ''].join('\r');
    const parsed = readSourcesYaml({ path: 'sources.yaml', bytes: new Uint8Array([0xff, 0xfe, ...iconv.encode(yaml, 'utf-16le')]) });
    expect(parsed.title).toBe('Zoë’s ferry');
    expect(parsed.files.get('a.txt')).toEqual({ outlet: 'Le Café' });
  });

  it('reads sources.yaml saved as Windows-1252', () => {
    const parsed = readSourcesYaml({ path: 'sources.yml', bytes: new Uint8Array(iconv.encode('title: Caf\u00e9 d\u00e9bat\n', 'windows-1252')) });
    expect(parsed.title).toBe('Café débat');
  });

  it('reports an oversized sources.yaml', () => {
    const parsed = readSourcesYaml({ path: 'sources.yaml', bytes: new Uint8Array(), size: 6 * 1024 * 1024 });
    expect(parsed.files.size).toBe(0);
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ file: 'sources.yaml', message: expect.stringMatching(/size limit/) })]);
  });
});
