import type { Browser, BrowserContextOptions } from 'playwright-core';
import { guardedContext, type GuardedContext } from './guardedContext.ts';
import { LARGEST_CONTENTFUL_PAINT } from './inPage.ts';

/** A mid-range phone, as Lighthouse's mobile preset has it: 390×844 at 3×, touch, CPU 4× slower than this machine. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const CPU_SLOWDOWN = 4;
/** A 10,000-event page under throttling can take minutes to load today; give it time rather than no figure. */
export const LOAD_TIMEOUT_MS = 300_000;

/**
 * Largest Contentful Paint (ms) of one cold load of `url` on the phone with
 * the CPU throttled (the network is not: the server is on this machine, and
 * sends files uncompressed, so a throttled link would charge raw bytes a
 * real host would gzip). A fresh context each time, so nothing is cached.
 * Blocked requests and page errors are added to `report`.
 */
export async function measureLcp(browser: Browser, url: string, report: Pick<GuardedContext, 'offHost' | 'pageErrors'>): Promise<number> {
  const guarded = await guardedContext(browser, PHONE);
  try {
    const page = await guarded.context.newPage();
    const cdp = await guarded.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const lcp = (await page.evaluate(LARGEST_CONTENTFUL_PAINT)) as number | null;
    if (lcp === null) throw new Error('the page reported no largest-contentful-paint entry');
    return lcp;
  } finally {
    report.offHost.push(...guarded.offHost);
    report.pageErrors.push(...guarded.pageErrors);
    await guarded.context.close();
  }
}
