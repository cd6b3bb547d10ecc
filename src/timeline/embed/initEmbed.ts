/**
 * The embed page's script: reads the query (./readEmbedQuery.ts), moves to
 * the page in the asked language, applies the title and date-window
 * options, focuses the asked event, reports the height to the parent and
 * listens to it, and turns permalink clicks into `hash` messages when the
 * host asked for them. The theme was applied before first paint
 * (./themeScript.ts). Without JavaScript the page shows every event.
 */
import { applyWindow } from './applyWindow';
import { focusEvent } from './focusEvent';
import { languagePage } from './languagePage';
import { listenToParent } from './listenToParent';
import { hashMessage, EVENT_ID } from './messages';
import { readEmbedQuery } from './readEmbedQuery';
import { reportHeight } from './reportHeight';

export function initEmbed(win: Window = window): void {
  const doc = win.document;
  const root = doc.documentElement;
  const query = readEmbedQuery(win.location.search);
  const pages = JSON.parse(root.dataset.embedPages ?? '{}') as Record<string, string>;
  const away = languagePage(query.lang, root.lang, pages, win.location.search, win.location.hash);
  if (away) {
    win.location.replace(away);
    return;
  }
  if (query.title === 'hide') doc.querySelector('[data-embed-title]')?.classList.add('visually-hidden');
  applyWindow(query.from, query.to, doc);

  const framed = win.parent !== win;
  const sendHeight = framed ? reportHeight(query.childId, win) : () => {};
  const parent = framed ? listenToParent(sendHeight, query.childId, win) : null;

  const fragment = decodeURIComponent(win.location.hash.slice(1));
  const asked = query.focus ?? (EVENT_ID.test(fragment) ? fragment : null);
  if (asked) focusEvent(asked, doc);

  doc.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-permalink]');
    const id = link?.closest('[data-event]')?.id;
    if (!id || !parent?.hashSync()) return;
    // The host takes the link into its own address; the event page is one click away from there.
    event.preventDefault();
    focusEvent(id, doc);
    win.parent.postMessage(hashMessage(id), '*');
  });
}
