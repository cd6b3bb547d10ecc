import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldTimeline } from './readGoldTimeline.ts';

describe('readGoldTimeline', () => {
  it("keeps day-precision entries, joins each day's distinct sentences, in date order", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gold-')), 'timeline.json');
    const entries = [
      { date: '2020-02-01', precision: 'day', text: 'Later day.' },
      { date: '2020-01', precision: 'month', text: 'A month.' },
      { date: '2020-01-05', precision: 'day', text: 'Shares fell and traders sold.' },
      { date: '2020-01-05', precision: 'day', text: 'Shares fell and traders sold.' },
      { date: '2020-01-05', precision: 'day', text: 'Markets closed.' },
    ];
    writeFileSync(file, JSON.stringify({ entries }));
    expect([...readGoldTimeline(file).days]).toEqual([
      ['2020-01-05', 'Shares fell and traders sold. Markets closed.'],
      ['2020-02-01', 'Later day.'],
    ]);
  });
});
