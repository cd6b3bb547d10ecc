import { describe, expect, it } from 'vitest';
import { verdict } from './goals.ts';
import type { UiRow } from './uiRow.ts';

const measured = (events: number, lcpMs: number, p95: number): UiRow => ({
  events,
  lcpMs,
  frames: { p50: 16.7, p95, max: 40, frames: 180, seconds: 3 },
  offHostRequests: [],
  problems: [],
});

describe('verdict', () => {
  it('meets the goals at 10,000 events with LCP under 2.5 s and p95 frames within one 60 Hz frame', () => {
    const v = verdict([measured(16, 900, 16.7), measured(10_000, 2100, 16.7)]);
    expect(v.met).toBe(true);
    // Vsync jitter and 0.1 ms timestamps put an idle page's p95 at 16.8 ms: still no dropped frame.
    expect(verdict([measured(10_000, 2100, 16.8)]).met).toBe(true);
    expect(verdict([measured(10_000, 2100, 17.5)]).met).toBe(false);
    expect(v.text).toMatch(/LCP 2\.10 s < 2\.5 s throttled \(met\); p95 frame 16\.7 ms within one 60 Hz frame, 16\.7 ms \(met\) — goals met\.$/);
  });

  it('misses them on a slow paint, a long frame or a request off the machine, and says which', () => {
    expect(verdict([measured(10_000, 2600, 16.7)]).text).toMatch(/LCP 2\.60 s ≥ 2\.5 s throttled \(missed\).*goals not met/);
    expect(verdict([measured(10_000, 2000, 33.3)]).text).toMatch(/p95 frame 33\.3 ms over one 60 Hz frame.*\(missed\)/);
    const leaky = { ...measured(10_000, 2000, 16.7), offHostRequests: ['https://cdn.example.org/x.js'] };
    expect(verdict([leaky])).toEqual({ met: false, text: expect.stringMatching(/1 request\(s\) off 127\.0\.0\.1 \(failure\)/) });
  });

  it('says so when 10,000 events were not measured', () => {
    expect(verdict([measured(16, 900, 16.7)])).toEqual({ met: false, text: expect.stringMatching(/not measured at 10,000 events/) });
  });
});
