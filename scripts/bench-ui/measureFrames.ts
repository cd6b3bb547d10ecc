import type { Browser } from 'playwright-core';
import { guardedContext, type GuardedContext } from './guardedContext.ts';
import { START_FRAME_RECORDER, STOP_FRAME_RECORDER } from './inPage.ts';
import { LOAD_TIMEOUT_MS } from './measureLcp.ts';
import { percentile } from './percentile.ts';
import type { FrameStats } from './uiRow.ts';
import { zoomAndPan } from './zoomAndPan.ts';

export const DESKTOP = { viewport: { width: 1280, height: 900 } };

/**
 * Frame times while zooming and panning the overview: the deltas between
 * requestAnimationFrame callbacks over the scripted interaction, on a
 * desktop viewport, with the CPU slowed `slowdown` times (1: not at all;
 * applied after the load, so that only the interaction is slowed).
 */
export async function measureFrames(browser: Browser, url: string, slowdown: number, report: Pick<GuardedContext, 'offHost' | 'pageErrors'>): Promise<FrameStats> {
  const guarded = await guardedContext(browser, DESKTOP);
  try {
    const page = await guarded.context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const svg = page.locator('[data-overview] svg.overview-svg').first();
    if ((await svg.count()) === 0) throw new Error('no overview ([data-overview] svg.overview-svg) on the page');
    await svg.scrollIntoViewIfNeeded();
    if (slowdown > 1) await (await guarded.context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.evaluate(START_FRAME_RECORDER);
    await zoomAndPan(page, svg);
    const { deltas, changes } = (await page.evaluate(STOP_FRAME_RECORDER)) as { deltas: number[]; changes: number };
    if (deltas.length === 0) throw new Error('no animation frame ran during the interaction');
    if (changes === 0) throw new Error('the overview did not change while zooming and panning: nothing was measured');
    return {
      p50: percentile(deltas, 50),
      p95: percentile(deltas, 95),
      max: Math.max(...deltas),
      frames: deltas.length,
      seconds: deltas.reduce((sum, d) => sum + d, 0) / 1000,
    };
  } finally {
    report.offHost.push(...guarded.offHost);
    report.pageErrors.push(...guarded.pageErrors);
    await guarded.context.close();
  }
}
