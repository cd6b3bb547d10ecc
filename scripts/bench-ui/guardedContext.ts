import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

export interface GuardedContext {
  context: BrowserContext;
  /** URLs the pages tried to reach off 127.0.0.1; each was blocked. */
  offHost: string[];
  /** Uncaught errors in the pages: a page that throws measures nothing worth having. */
  pageErrors: string[];
}

/** A browser context that lets requests reach 127.0.0.1 (and data:/blob: URLs) only, and records the others. */
export async function guardedContext(browser: Browser, options: BrowserContextOptions): Promise<GuardedContext> {
  const context = await browser.newContext(options);
  const offHost: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    offHost.push(url.href);
    return route.abort('blockedbyclient');
  });
  context.on('weberror', (error) => pageErrors.push(error.error().message));
  return { context, offHost, pageErrors };
}
