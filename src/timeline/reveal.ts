/**
 * Deep links into closed disclosures: a `#id` whose element sits inside a
 * closed <details> (a period's 'more' events) opens it, scrolls to the
 * element and moves focus there. Without this script the summary still says
 * how many events are inside (and some browsers open it themselves).
 */
export function revealTarget(doc: Document = document): HTMLElement | null {
  const id = decodeURIComponent(doc.location.hash.slice(1));
  const target = id ? doc.getElementById(id) : null;
  if (!target) return null;
  let opened = false;
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open) {
      d.open = true;
      opened = true;
    }
  }
  if (!target.closest('details')) return target;
  if (opened) target.scrollIntoView({ block: 'start' });
  // Focus, so that Tab continues from the event; its tabindex is set only here, to keep the page small.
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  return target;
}
