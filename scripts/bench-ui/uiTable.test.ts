import { describe, expect, it } from 'vitest';
import { uiTable } from './uiTable.ts';
import type { UiRow } from './uiRow.ts';

const measured = (events: number, lcpMs: number, p95: number): UiRow => ({
  events,
  keyEvents: 72,
  sources: events / 20,
  buildSeconds: 12.345,
  distBytes: 3_456_789,
  distFiles: 5,
  weight: { html: 95_400, js: 25_781, css: 2_423, total: 123_604 },
  lcpMs,
  lcpRunsMs: [lcpMs],
  frames: { p50: 16.7, p95, max: 40, frames: 180, seconds: 3 },
  offHostRequests: [],
  problems: [],
});

describe('uiTable', () => {
  it('prints one Markdown row per size with KB of 1,000 bytes and seconds', () => {
    const lines = uiTable([measured(10_000, 1234, 16.7)]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\| events \| key \|.*\| off-host requests \|$/);
    expect(lines[1]).toMatch(/^(\| ---: )+\|$/);
    expect(lines[2]).toBe('| 10,000 | 72 | 500 | 12.3 | 3.46 | 5 | 95.4 | 25.8 | 2.4 | 123.6 | 1.23 | 16.7 / 16.7 | — | 0 |');
  });

  it('shows what was not measured as a dash and lists the problems under the table', () => {
    const row: UiRow = { events: 16, offHostRequests: ['https://fonts.example.com/a.css'], problems: ['astro build failed'] };
    const text = uiTable([row]);
    expect(text.split('\n')[2]).toBe('| 16 | — | — | — | — | — | — | — | — | — | — | — | — | 1 |');
    expect(text).toContain('- 16 events: astro build failed');
    expect(text).toContain('- 16 events: request to another host (blocked): https://fonts.example.com/a.css');
  });
});
