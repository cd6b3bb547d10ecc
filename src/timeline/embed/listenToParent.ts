/**
 * What the embed page takes from the page around it: our `hello` (answer
 * with the height; remember whether the host takes permalinks into its URL)
 * and `focus` (bring that event forward), and pym.js's `width` (answer with
 * the height, as pym.Child does). Only the parent window is listened to;
 * its origin is any newsroom's, so nothing it sends is trusted beyond an
 * event id checked against the page.
 */
import { readMessage, readPymMessage } from './messages';
import { focusEvent } from './focusEvent';

export interface ParentLink {
  /** Whether the host asked for permalinks to set its #hash. */
  hashSync(): boolean;
}

export function listenToParent(sendHeight: (force?: boolean) => void, childId: string | null, win: Window = window): ParentLink {
  let hash = false;
  win.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== win.parent || win.parent === win) return;
    if (childId && readPymMessage(event.data, childId)?.type === 'width') {
      sendHeight(true);
      return;
    }
    const message = readMessage(event.data);
    if (message?.type === 'hello') {
      hash = message.hash;
      sendHeight(true);
    } else if (message?.type === 'focus') focusEvent(message.id, win.document);
  });
  return { hashSync: () => hash };
}
