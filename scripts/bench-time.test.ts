import { describe, expect, it } from 'vitest';
import { parseTimeML } from './bench-time/parseTimeML';
import { scoreDocument, summarize, type Span } from './bench-time/score';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2010-01-28" temporalFunction="false" functionInDocument="CREATION_TIME">January 28, 2010</TIMEX3></DCT>
<TITLE>Ford posts profit</TITLE>
<TEXT>
Ford &amp; Co. posted a profit for <TIMEX3 tid="t1" type="DATE" value="2009">the last year</TIMEX3>, the first in <TIMEX3 tid="t2" type="DURATION" value="P4Y">four years</TIMEX3>, and expects gains <TIMEX3 tid="t3" type="DATE" value="2010">this year</TIMEX3>.
</TEXT>
</TimeML>`;

describe('TimeML reader', () => {
  it('strips tags, decodes entities and keeps gold offsets', () => {
    const doc = parseTimeML(TML);
    expect(doc.dct).toBe('2010-01-28');
    expect(doc.gold).toHaveLength(3);
    for (const g of doc.gold) expect(doc.text.slice(g.start, g.end)).toBe(g.text);
    expect(doc.text).toContain('Ford & Co.');
    expect(doc.gold.map((g) => g.text)).toEqual(['the last year', 'four years', 'this year']);
  });
});

describe('TempEval-3 scorer', () => {
  it('computes strict, relaxed, value and type P/R/F1', () => {
    const doc = parseTimeML(TML);
    const at = (s: string) => doc.text.indexOf(s);
    const system: Span[] = [
      { start: at('last year'), end: at('last year') + 9, type: 'DATE', value: '2009' }, // relaxed only, value right
      { start: at('four years'), end: at('four years') + 10, type: 'DURATION', value: 'P4Y' }, // exact
      { start: at('profit'), end: at('profit') + 6, type: 'DATE', value: '2010' }, // false positive
    ];
    const { counts } = scoreDocument(doc.gold, system);
    expect(counts).toEqual({ gold: 3, system: 3, strict: 1, relaxed: 2, value: 2, type: 2 });
    const s = summarize(counts);
    expect(s.strict.p).toBeCloseTo(1 / 3);
    expect(s.strict.r).toBeCloseTo(1 / 3);
    expect(s.relaxed.f1).toBeCloseTo(2 / 3);
    expect(s.value.f1).toBeCloseTo(2 / 3);
  });

  it('pairs each gold span with at most one system span', () => {
    const gold: Span[] = [{ start: 0, end: 10, type: 'DATE', value: '2009' }];
    const system: Span[] = [
      { start: 0, end: 4, type: 'DATE', value: '2009' },
      { start: 5, end: 10, type: 'DATE', value: '2009' },
    ];
    const { counts } = scoreDocument(gold, system);
    expect(counts.relaxed).toBe(1);
    expect(summarize(counts).relaxed.p).toBeCloseTo(0.5);
  });
});
