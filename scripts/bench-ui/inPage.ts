/**
 * Code run inside the page, as source text: tsx compiles functions with
 * esbuild's keepNames, whose `__name` helper does not exist in the page, so
 * functions passed to page.evaluate would throw there.
 */

/**
 * Resolves with the latest Largest Contentful Paint candidate's time (ms
 * from navigation start), once no new candidate has come for a second; null
 * when there is none. The buffered observer also sees the candidates from
 * before it was made.
 */
export const LARGEST_CONTENTFUL_PAINT = `new Promise((resolve) => {
  let latest = null;
  let quiet;
  const settle = () => { clearTimeout(quiet); quiet = setTimeout(() => resolve(latest), 1000); };
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    latest = entries[entries.length - 1].startTime;
    settle();
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  settle();
})`;

/** Starts recording requestAnimationFrame deltas into window.__frameDeltas until __stopFrames() is called. */
export const START_FRAME_RECORDER = `(() => {
  const deltas = [];
  let running = true;
  let last = null;
  const tick = (now) => {
    if (last !== null) deltas.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__stopFrames = () => { running = false; return deltas; };
})()`;

export const STOP_FRAME_RECORDER = 'window.__stopFrames()';
