/**
 * Hides the events outside the from/to window, then keeps the page honest
 * about what is left: the disclosure of other events says how many it now
 * holds (or goes away when none), and a line says so when no event is left.
 */
import { inWindow } from './inWindow';
import { pluralCount } from './pluralCount';

export function applyWindow(from: string | null, to: string | null, doc: Document = document): void {
  if (!from && !to) return;
  const events = [...doc.querySelectorAll<HTMLElement>('[data-event]')];
  for (const el of events) el.hidden = !inWindow(el.dataset.date ?? '', el.dataset.end, from, to);
  const more = doc.querySelector<HTMLDetailsElement>('[data-embed-more]');
  const summary = more?.querySelector<HTMLElement>('summary[data-forms]');
  if (more && summary) {
    const left = more.querySelectorAll('[data-event]:not([hidden])').length;
    more.hidden = left === 0;
    summary.textContent = pluralCount(left, JSON.parse(summary.dataset.forms ?? '{}') as Record<string, string>, doc.documentElement.lang);
  }
  const keyList = doc.querySelector<HTMLElement>('[data-embed-key]');
  if (keyList) keyList.hidden = keyList.querySelector('[data-event]:not([hidden])') === null;
  const empty = doc.querySelector<HTMLElement>('[data-embed-empty]');
  if (empty) empty.hidden = events.some((el) => !el.hidden);
}
