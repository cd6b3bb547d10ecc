/**
 * Brings one event forward: opens the disclosure it is in, shows it even
 * when the from/to window hid it (it was asked for by name), marks it (the
 * highlight) and scrolls it into view. Focus moves there too, so Tab goes
 * on from the event, where the browser allows it (a cross-origin frame may
 * not take focus without the reader's gesture; the highlight shows anyway).
 * Returns the event's element, or null when the page has no such event.
 */
export const FOCUSED = 'is-focused';

export function focusEvent(id: string, doc: Document = document): HTMLElement | null {
  const target = doc.getElementById(id);
  if (!target || !target.hasAttribute('data-event')) return null;
  target.hidden = false;
  for (let h = target.parentElement?.closest<HTMLElement>('[hidden]'); h; h = h.parentElement?.closest<HTMLElement>('[hidden]') ?? null) h.hidden = false;
  for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  doc.querySelectorAll(`.${FOCUSED}`).forEach((el) => el.classList.remove(FOCUSED));
  target.classList.add(FOCUSED);
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return target;
}
