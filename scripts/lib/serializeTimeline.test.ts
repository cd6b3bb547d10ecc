import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTimeline } from '../../src/pipeline/schema.ts';
import { serializeTimeline } from './serializeTimeline.ts';

const sample = parseTimeline(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/timeline.sample.json'), 'utf8')));

describe('serializeTimeline', () => {
  it('writes valid JSON that reads back to the same timeline, one event per line', () => {
    const text = serializeTimeline(sample);
    expect(JSON.parse(text)).toEqual(sample);
    const lines = text.split('\n');
    for (const event of sample.events) expect(lines).toContain(`${JSON.stringify(event)}${event === sample.events.at(-1) ? '' : ','}`);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is much smaller than indented JSON', () => {
    expect(serializeTimeline(sample).length).toBeLessThan(0.8 * JSON.stringify(sample, null, 2).length);
  });

  it('writes empty lists inline', () => {
    expect(serializeTimeline({ ...sample, events: [], diagnostics: [] })).toContain('"events":[],\n');
  });
});
