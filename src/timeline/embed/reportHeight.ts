/**
 * Tells the parent page the embed's height, whenever it changes
 * (ResizeObserver on <html> and <body>: a disclosure opens, fonts load, the
 * width changes and lines rewrap), in the three formats of ./messages.ts:
 * ours, pym.js's (when pym's parent gave us a childId) and Datawrapper's.
 * Returns `send`, which `force` sends again even when nothing changed (in
 * answer to a parent that has just started listening).
 */
import { datawrapperHeight, heightMessage, pymMessage } from './messages';
import { documentHeight } from './documentHeight';

/** The key of the Datawrapper message when no pym id names this embed. */
const DATAWRAPPER_ID = 'newsline';

export function reportHeight(childId: string | null, win: Window = window): (force?: boolean) => void {
  let last = -1;
  const send = (force = false) => {
    const height = documentHeight(win.document);
    if (height === last && !force) return;
    last = height;
    // Heights say nothing private, so any parent may read them (pym.js and Datawrapper post to '*' too).
    win.parent.postMessage(heightMessage(height), '*');
    if (childId) win.parent.postMessage(pymMessage(childId, 'height', String(height)), '*');
    win.parent.postMessage(datawrapperHeight(childId ?? DATAWRAPPER_ID, height), '*');
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(win.document.documentElement);
  observer.observe(win.document.body);
  send(true);
  return send;
}
