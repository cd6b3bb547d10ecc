/** Property tests: no bytes and no string make ingest or the pipeline throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/ingest/readArticle.ts';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { parseTimeline } from '../../src/pipeline/schema.ts';

const extension = fc.constantFrom('txt', 'md', 'html', 'htm', 'markdown');
const newsy = fc.stringMatching(/^[A-Za-zА-Яа-яіїє0-9 ,.:;!?'"“”«»\-–—\n#*<>/=]{0,400}$/);

describe('ingest never crashes', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), extension, (bytes, ext) => {
        const article = readArticle({ path: `x.${ext}`, bytes });
        expect(typeof article.text).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary strings, and offsets into the text stay in range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 600 }), newsy, fc.string({ unit: 'binary', maxLength: 300 })), extension, (text, ext) => {
        const article = readArticle({ path: `x.${ext}`, bytes: new TextEncoder().encode(text) });
        expect(article.language.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the pipeline never crashes', () => {
  it('on a folder of arbitrary text files, and always gives a valid contract', () => {
    const dated = fc.tuple(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), newsy).map(
      ([date, body]) => ` date ${date.toISOString().slice(0, 10)} Headline of the day\n\n${body}`,
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(newsy, dated, fc.string({ maxLength: 200 })), { maxLength: 4 }), (texts) => {
        const files = texts.map((text, i) => ({ path: `${i}.txt`, bytes: new TextEncoder().encode(text) }));
        expect(() => parseTimeline(buildTimeline(files))).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});
