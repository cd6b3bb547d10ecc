import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, normalizeLineEndings } from './decodeText.ts';

const russian = 'Министр обороны России Андрей Белоусов провёл телефонный разговор с министром обороны США Ллойдом Остином.';
const ukrainian = 'Міністр оборони США Ллойд Остін провів телефонну розмову з новим міністром оборони Росії 12 липня.';
const english = 'Russian and US defense chiefs spoke over the phone on Tuesday – “a first”.';

describe('decodeBytes', () => {
  it.each([
    ['windows-1251', russian, 'windows-1251'],
    ['windows-1251', ukrainian, 'windows-1251'],
    ['koi8-r', russian, 'koi8-r'],
    ['koi8-u', ukrainian, 'koi8-r'],
    ['utf-16le', russian, 'utf-16le'],
    ['utf-16be', ukrainian, 'utf-16be'],
    ['utf-16le', english, 'utf-16le'],
  ])('reads %s text without a byte-order mark', (encoding, text, detected) => {
    expect(decodeBytes(iconv.encode(text, encoding))).toEqual({ text, encoding: detected });
  });

  it('reads Windows-1252 Latin text', () => {
    const french = 'Le ministre a déclaré mardi que la conversation était « très utile ».';
    expect(decodeBytes(iconv.encode(french, 'windows-1252')).text).toBe(french);
  });

  it('drops a byte-order mark and makes every line ending \\n', () => {
    const withBom = iconv.encode(`${english}\r\nSecond line\rThird`, 'utf-8', { addBOM: true });
    expect(decodeBytes(withBom)).toEqual({ text: `${english}\nSecond line\nThird`, encoding: 'utf-8' });
    expect(decodeBytes(iconv.encode(russian, 'utf-16le', { addBOM: true })).text).toBe(russian);
    expect(decodeBytes(iconv.encode(russian, 'utf-16be', { addBOM: true })).text).toBe(russian);
  });

  it('reads a short Windows-1251 line as Cyrillic even when chardet guesses Windows-1252', () => {
    const line = 'title: Паром между берегами озера\n';
    expect(decodeBytes(iconv.encode(line, 'windows-1251'))).toEqual({ text: line, encoding: 'windows-1251' });
    expect(decodeBytes(iconv.encode('Café au lait à la gare, déjà vu.', 'windows-1252')).encoding).toBe('windows-1252');
  });
});

describe('decodeBytes: stray NULs', () => {
  it('reads UTF-8 text holding a NUL or two as UTF-8, not as UTF-16 without a mark', () => {
    const text = 'The \u0000regional \u0000council of Ostrava Nova opened the new flood barrier on the Velna river on Monday, the mayor said.';
    expect(decodeBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('still reads Cyrillic UTF-16LE without a mark (zeros only in the spaces and digits)', () => {
    const text = 'Совет собрался в Праге 3 марта 2021 года, сообщил мэр города.';
    expect(decodeBytes(new Uint8Array(iconv.encode(text, 'utf-16le')))).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('normalizeLineEndings', () => {
  it('reads CR LF, CR, NEL and LINE SEPARATOR as a line end, PARAGRAPH SEPARATOR as a blank line', () => {
    expect(normalizeLineEndings('On 10\r\nNovember\r2023,\u0085engineers\u2028met.\u2029Then\n\rit\r\n\r\nrained')).toBe('On 10\nNovember\n2023,\nengineers\nmet.\n\nThen\nit\n\nrained');
  });
});
