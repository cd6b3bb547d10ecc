/** Our /timelinejs.json, read back by the import stage, gives the same events: dates, titles, ids and kinds. */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../pipeline/index';
import { toTimelineJs } from './toTimelineJs';
import { exportTimeline } from './exportFixture';

/** TimelineJS3 dates have no time zone: a time comes back as the wall-clock time it was written with. */
const withoutZone = (iso: string | undefined): string | undefined => iso?.replace(/(Z|[+-]\d{2}:\d{2})$/, '');

describe('TimelineJS3 round trip', () => {
  it('export then import keeps every event\'s date, precision, title, id and kind', () => {
    const original = exportTimeline();
    // A contract title is one line of cleaned text; the fixture's line break is there to test the other exports' escaping.
    for (const event of original.events) event.title = event.title.replace(/\s+/g, ' ');
    const json = toTimelineJs(original, { base: '/', site: 'https://example.org' });
    const back = buildTimeline([{ path: 'timelinejs.json', bytes: new TextEncoder().encode(json) }]);
    const shape = (e: (typeof original.events)[number]) => [e.id, withoutZone(e.date.start), withoutZone(e.date.end) ?? null, e.date.precision, e.title, e.kind];
    expect(back.events.map(shape)).toEqual(original.events.map(shape));
    expect(back.title).toBe(original.title);
    expect(back.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
  });
});
