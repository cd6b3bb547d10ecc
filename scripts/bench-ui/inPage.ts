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

/**
 * Starts recording requestAnimationFrame deltas, and counts the changes the
 * island makes to the overview meanwhile (a benchmark of an overview that
 * ignores the input would measure idle frames). window.__stopFrames() stops
 * and returns { deltas, changes }.
 */
export const START_FRAME_RECORDER = `(() => {
  const deltas = [];
  let changes = 0;
  let running = true;
  let last = null;
  const observer = new MutationObserver((records) => { changes += records.length; });
  document.querySelectorAll('[data-overview]').forEach((root) => observer.observe(root, { subtree: true, attributes: true, childList: true }));
  const tick = (now) => {
    if (last !== null) deltas.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__stopFrames = () => { running = false; observer.disconnect(); return { deltas, changes }; };
})()`;

export const STOP_FRAME_RECORDER = 'window.__stopFrames()';
