/*
 * Newsline's embed parent script, for the pages that embed a timeline
 * (<iframe data-newsline src=".../embed/"> with <script async src=".../embed.js">).
 * Served as-is: plain ES2020, no dependency, safe to include twice.
 *
 * It sizes each of our iframes to its content, from the `height` messages
 * that iframe sends (only the iframe whose window sent it, and only from
 * the origin of its src), and carries deep links: the page's #event-id (on
 * load and on hashchange) is sent to the iframes, which bring that event
 * forward; with data-newsline-hash on an iframe, an event permalink clicked
 * inside it sets this page's #hash.
 *
 * The messages mirror src/timeline/embed/messages.ts: { newsline: 1, type, ... },
 * `height` {height} and `hash` {id} from the iframe, `hello` {hash} and
 * `focus` {id} to it.
 */
/* global window, document, location, URL */
(() => {
  'use strict';
  const PROTOCOL = 1;
  const FLAG = 'data-newsline';
  const HASH_FLAG = 'data-newsline-hash';
  // Event ids start with their date; no other fragment is sent on or taken in.
  const EVENT_ID = /^\d{4}-[a-z0-9-]+$/;

  if (window.__newslineEmbed) return;
  window.__newslineEmbed = true;

  const frames = () => Array.from(document.querySelectorAll(`iframe[${FLAG}]`));
  const originOf = (frame) => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return null;
    }
  };
  const hashId = () => {
    let id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return null;
    }
    return EVENT_ID.test(id) ? id : null;
  };
  const send = (frame, message) => {
    const origin = originOf(frame);
    if (origin && origin !== 'null' && frame.contentWindow) frame.contentWindow.postMessage({ newsline: PROTOCOL, ...message }, origin);
  };
  // Loaded: a cross-origin document (its contentDocument is hidden from us), or a same-origin one past about:blank.
  const loaded = (frame) => {
    const doc = frame.contentDocument;
    return !doc || (doc.URL !== 'about:blank' && doc.readyState === 'complete');
  };
  const hello = (frame) => {
    send(frame, { type: 'hello', hash: frame.hasAttribute(HASH_FLAG) });
    const id = hashId();
    if (id) send(frame, { type: 'focus', id });
  };
  const watched = new WeakSet();
  const watch = (frame) => {
    if (watched.has(frame)) return;
    watched.add(frame);
    frame.addEventListener('load', () => hello(frame));
    if (loaded(frame)) hello(frame);
  };

  frames().forEach(watch);

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.newsline !== PROTOCOL) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== originOf(frame)) return;
    // An iframe added after this script ran (a page that renders late) is met at its first message.
    watch(frame);
    if (data.type === 'height' && typeof data.height === 'number' && Number.isFinite(data.height) && data.height >= 0) {
      frame.style.height = `${Math.ceil(data.height)}px`;
    } else if (data.type === 'hash' && frame.hasAttribute(HASH_FLAG) && typeof data.id === 'string' && EVENT_ID.test(data.id)) {
      if (location.hash !== `#${data.id}`) location.hash = data.id;
    }
  });

  window.addEventListener('hashchange', () => {
    const id = hashId();
    if (id) frames().filter(loaded).forEach((frame) => send(frame, { type: 'focus', id }));
  });
})();
