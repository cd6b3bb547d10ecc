import type { Locator, Page } from 'playwright-core';

/** About how long the closing wheel-out takes. */
const WHEEL_OUT_MS = 400;

/**
 * At least three seconds of what a reader does with the overview: wheel-zoom
 * in over the figure, drag it left and right, `+`/`-` from the keyboard,
 * the zoom buttons, more drags until the time is nearly up (a fast page gets
 * through the script sooner, and would give fewer frames), and wheel out.
 * Every input is one the island handles (d3-zoom's wheel and drag, its
 * keydown and click listeners).
 */
export async function zoomAndPan(page: Page, svg: Locator, atLeastMs = 3000): Promise<void> {
  const started = performance.now();
  const box = await svg.boundingBox();
  if (!box) throw new Error('the overview SVG is not laid out (display: none?)');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(40);
  }
  await page.mouse.down();
  await page.mouse.move(x - box.width / 3, y, { steps: 15 });
  await page.mouse.move(x + box.width / 3, y, { steps: 20 });
  await page.mouse.up();
  const zoomIn = page.locator('button[data-zoom="in"]').first();
  const zoomOut = page.locator('button[data-zoom="out"]').first();
  await zoomIn.focus();
  for (const key of ['+', '+', '-', '-']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(80);
  }
  for (const button of [zoomIn, zoomOut]) {
    await button.click();
    await page.waitForTimeout(80);
  }
  // Still zoomed in, so that every drag pans (at scale 1 there is nowhere to go).
  while (performance.now() - started < atLeastMs - WHEEL_OUT_MS) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - box.width / 4, y, { steps: 10 });
    await page.mouse.move(x + box.width / 4, y, { steps: 10 });
    await page.mouse.up();
  }
  await page.mouse.move(x, y);
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(40);
  }
}
