/**
 * Deep links to any event: a `#id` whose element sits inside a closed
 * <details> (a period's 'more' events) opens it, scrolls to the element and
 * moves focus there. An event that is not on this page at all (its period
 * lists its events on a page of its own, or it is only on its event page)
 * is sought there, so every `/#event-id` link lands somewhere. Without this
 * script the summary still says how many events are inside.
 */
import { periodKeysOfId } from './periodPages';

/** Event ids start with their date; other fragments (#main, #period-…) are never redirected. */
const EVENT_ID = /^\d{4}-[a-z0-9-]+$/;

export function revealTarget(doc: Document = document, { onLoad = false } = {}): HTMLElement | null {
  const id = decodeURIComponent(doc.location.hash.slice(1));
  if (!id) return null;
  const target = doc.getElementById(id);
  if (!target) {
    const away = pageOfMissingEvent(id, doc);
    if (away) doc.location.replace(away);
    return null;
  }
  let opened = false;
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open) {
      d.open = true;
      opened = true;
    }
  }
  // On load the browser scrolled to the target before the scripts above it ran (the search form appears, the
  // overview takes its real size), which moves it: scroll again once they have.
  if (!target.closest('details')) {
    if (onLoad) target.scrollIntoView({ block: 'start' });
    return target;
  }
  if (opened || onLoad) target.scrollIntoView({ block: 'start' });
  // Focus, so that Tab continues from the event; its tabindex is set only here, to keep the page small.
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  return target;
}

/**
 * Where an event missing from this page is listed: the page of its period
 * when this page links one (`a[data-period-page]`), else its own event page
 * (`[data-event-pages]` holds their path prefix). Null for fragments that
 * are not event ids.
 */
export function pageOfMissingEvent(id: string, doc: Document): string | null {
  if (!EVENT_ID.test(id)) return null;
  for (const key of periodKeysOfId(id)) {
    const link = doc.querySelector<HTMLAnchorElement>(`a[data-period-page="${key}"]`);
    if (link) return `${link.href.split('#')[0]}#${id}`;
  }
  const prefix = doc.querySelector<HTMLElement>('[data-event-pages]')?.dataset.eventPages;
  return prefix ? `${prefix}${id}/` : null;
}
