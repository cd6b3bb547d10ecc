import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSideFile } from './decodeSideFile.ts';

const TEXT = 'title: Café Zoë’s ferry\nsources: {}\n';
const withMark = (mark: number[], body: Buffer) => new Uint8Array([...mark, ...body]);

describe('decodeSideFile', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT)],
    ['UTF-8 with a byte-order mark', withMark([0xef, 0xbb, 0xbf], Buffer.from(TEXT, 'utf8'))],
    ['UTF-16 LE', withMark([0xff, 0xfe], iconv.encode(TEXT, 'utf-16le'))],
    ['UTF-16 BE', withMark([0xfe, 0xff], iconv.encode(TEXT, 'utf-16be'))],
    ['Windows-1252', new Uint8Array(iconv.encode(TEXT.replace('’', "'"), 'windows-1252'))],
  ])('decodes %s like an article', (_, bytes) => {
    const { text } = decodeSideFile({ path: 'sources.yaml', bytes });
    expect(text?.replace("'", '’')).toBe(TEXT);
  });

  it('decodes Windows-1251', () => {
    const russian = 'title: Паром между берегами озера\n';
    expect(decodeSideFile({ path: 'sources.yaml', bytes: new Uint8Array(iconv.encode(russian, 'windows-1251')) }).text).toBe(russian);
  });

  it('turns CR-only and CRLF line ends into \\n', () => {
    expect(decodeSideFile({ path: 'editorial.md', bytes: new TextEncoder().encode('a\rb\r\nc\n') }).text).toBe('a\nb\nc\n');
  });

  it('reports a file over the size limit instead of dropping it silently', () => {
    const result = decodeSideFile({ path: 'editorial.md', bytes: new Uint8Array(), size: 9 * 1024 * 1024 });
    expect(result.text).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'editorial.md', level: 'error', message: expect.stringMatching(/size limit/) })]);
  });

  it('reports a file that could not be read, or is binary', () => {
    expect(decodeSideFile({ path: 'sources.yaml', bytes: new Uint8Array(), error: 'EACCES' }).diagnostics[0]!.message).toMatch(/could not be read \(EACCES\)/);
    const binary = decodeSideFile({ path: 'sources.yaml', bytes: new Uint8Array(256).map((_, i) => i) });
    expect(binary.text).toBeUndefined();
    expect(binary.diagnostics[0]!.message).toMatch(/binary/);
  });
});
