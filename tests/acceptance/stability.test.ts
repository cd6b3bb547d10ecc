/** Event ids stay put when an unrelated article joins the folder; the same input gives the same bytes. */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { readSeedsFolder } from '../../scripts/lib/readSeedsFolder.ts';

const unrelated = {
  path: 'zz-unrelated.txt',
  bytes: new TextEncoder().encode(
    ' date 2024-06-27 Heatwave grips southern Europe\n\nTemperatures in Athens reached 43C on Wednesday, and the Acropolis was closed to visitors for the afternoon, the culture ministry said.\n\nOn June 20, authorities in Seville issued a red alert for the region.\n',
  ),
};

describe('stable ids', () => {
  const seeds = readSeedsFolder('seeds');
  const before = buildTimeline(seeds);

  it('keeps every seed event id when an unrelated article is added', () => {
    const after = buildTimeline([...seeds, unrelated]);
    const ids = new Set(after.events.map((e) => e.id));
    for (const event of before.events) expect(ids.has(event.id), event.id).toBe(true);
    expect(after.events.length).toBeGreaterThan(before.events.length);
  });

  it('gives byte-identical JSON for the same input, in any file order', () => {
    expect(JSON.stringify(buildTimeline([...seeds].reverse()))).toBe(JSON.stringify(before));
  });
});
