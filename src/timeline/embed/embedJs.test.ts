/**
 * public/embed.js, the parent script newsrooms load as-is, run in node
 * against a fake window (no DOM library): it must size only the iframe whose
 * window wrote, only from that iframe's origin, carry the host's #event-id
 * to loaded iframes, take permalinks into the host's hash only on opt-in,
 * and speak the format of ./messages.ts, which it mirrors by hand.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EVENT_ID, hashMessage, heightMessage, PROTOCOL, readMessage } from './messages';

const CODE = readFileSync(resolve(import.meta.dirname, '../../../public/embed.js'), 'utf8');
/** The brief's ceiling for the parent script, gzipped. */
const MAX_GZIP_BYTES = 2048;
const SITE = 'https://timeline.example.org';
const EVENT = '2031-02-03-harbour-bridge-opens';

type Listener = (event: Record<string, unknown>) => void;

interface FakeFrame {
  src: string;
  style: Record<string, string>;
  contentWindow: { postMessage(message: unknown, origin: string): void };
  contentDocument: { URL: string; readyState: string } | null;
  posted: { message: unknown; origin: string }[];
  hasAttribute(name: string): boolean;
  addEventListener(type: string, fn: () => void): void;
  /** The iframe's document arrives (cross-origin: hidden from the host). */
  load(): void;
}

function fakeFrame(src: string, { hash = false, loaded = true } = {}): FakeFrame {
  const onLoad: (() => void)[] = [];
  const frame: FakeFrame = {
    src,
    style: {},
    posted: [],
    contentWindow: { postMessage: (message, origin) => frame.posted.push({ message: JSON.parse(JSON.stringify(message)), origin }) },
    contentDocument: loaded ? null : { URL: 'about:blank', readyState: 'complete' },
    hasAttribute: (name) => name === 'data-newsline' || (hash && name === 'data-newsline-hash'),
    addEventListener: (type, fn) => {
      if (type === 'load') onLoad.push(fn);
    },
    load() {
      frame.contentDocument = null;
      onLoad.forEach((fn) => fn());
    },
  };
  return frame;
}

/** Runs embed.js `times` times in one fake host page. */
function host(frames: FakeFrame[], { hash = '', times = 1 } = {}) {
  const listeners = new Map<string, Listener[]>();
  const location = { href: 'https://host.example/article', origin: 'https://host.example', hash };
  const window: Record<string, unknown> = {
    addEventListener: (type: string, fn: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
  };
  const document = { querySelectorAll: (selector: string) => (selector === 'iframe[data-newsline]' ? frames : []) };
  for (let i = 0; i < times; i++) runInNewContext(CODE, { window, document, location, URL });
  const fire = (type: string, event: Record<string, unknown> = {}) => listeners.get(type)?.forEach((fn) => fn(event));
  return {
    location,
    listeners,
    message: (frame: FakeFrame, data: unknown, origin = SITE) => fire('message', { data, source: frame.contentWindow, origin }),
    hashchange: (to: string) => {
      location.hash = to;
      fire('hashchange');
    },
  };
}

describe('public/embed.js', () => {
  it('sizes only the iframe whose window sent the height', () => {
    const [a, b] = [fakeFrame(`${SITE}/embed/`), fakeFrame(`${SITE}/embed/?theme=dark`)];
    const page = host([a!, b!]);
    page.message(b!, heightMessage(1234.2));
    expect(b!.style.height).toBe('1235px');
    expect(a!.style.height).toBeUndefined();
  });

  it('refuses a height from another origin than the iframe’s src, from a window that is not one of ours, or malformed', () => {
    const frame = fakeFrame(`${SITE}/embed/`);
    const page = host([frame]);
    page.message(frame, heightMessage(500), 'https://evil.example');
    const stranger = fakeFrame('https://other.example/x');
    page.message(stranger, heightMessage(500), 'https://other.example');
    for (const data of [{ newsline: 2, type: 'height', height: 500 }, { newsline: 1, type: 'height', height: -1 }, { newsline: 1, type: 'height', height: '500' }, 'pymxPYMxaxPYMxheightxPYMx500', null]) page.message(frame, data);
    expect(frame.style.height).toBeUndefined();
  });

  it('says hello to a loaded iframe at once and sends the host’s #event-id; an iframe still loading hears nothing until its load event', () => {
    const loaded = fakeFrame(`${SITE}/embed/`, { hash: true });
    const loading = fakeFrame(`${SITE}/embed/uk/`, { loaded: false });
    host([loaded, loading], { hash: `#${EVENT}` });
    expect(loaded.posted).toEqual([
      { message: { newsline: PROTOCOL, type: 'hello', hash: true }, origin: SITE },
      { message: { newsline: PROTOCOL, type: 'focus', id: EVENT }, origin: SITE },
    ]);
    // Posting to about:blank with the embed's origin would log an error in the host's console.
    expect(loading.posted).toEqual([]);
    loading.load();
    expect(loading.posted.map((p) => p.message)).toEqual([
      { newsline: PROTOCOL, type: 'hello', hash: false },
      { newsline: PROTOCOL, type: 'focus', id: EVENT },
    ]);
    // What it sends, the embed page reads.
    for (const { message } of loading.posted) expect(readMessage(message)).toEqual(message);
  });

  it('sends no focus for a fragment that is not an event id', () => {
    const frame = fakeFrame(`${SITE}/embed/`);
    const page = host([frame], { hash: '#comments' });
    page.hashchange('#%E0%A4%A');
    expect(frame.posted.map((p) => (p.message as { type: string }).type)).toEqual(['hello']);
  });

  it('sends the new #event-id on hashchange', () => {
    const frame = fakeFrame(`${SITE}/embed/`);
    const page = host([frame]);
    page.hashchange(`#${EVENT}`);
    expect(frame.posted.at(-1)).toEqual({ message: { newsline: PROTOCOL, type: 'focus', id: EVENT }, origin: SITE });
  });

  it('takes a clicked permalink into the host’s hash only for an iframe with data-newsline-hash, and only an event id', () => {
    const optedIn = fakeFrame(`${SITE}/embed/`, { hash: true });
    const plain = fakeFrame(`${SITE}/embed/?title=hide`);
    const page = host([optedIn, plain]);
    page.message(plain, hashMessage(EVENT));
    expect(page.location.hash).toBe('');
    page.message(optedIn, { newsline: 1, type: 'hash', id: 'javascript:alert(1)' });
    expect(page.location.hash).toBe('');
    page.message(optedIn, hashMessage(EVENT));
    expect(page.location.hash).toBe(EVENT);
  });

  it('meets an iframe added after it ran at its first message', () => {
    const frames: FakeFrame[] = [];
    const page = host(frames);
    const late = fakeFrame(`${SITE}/embed/`);
    frames.push(late);
    page.message(late, heightMessage(300));
    expect(late.style.height).toBe('300px');
    expect(late.posted.map((p) => (p.message as { type: string }).type)).toEqual(['hello']);
  });

  it('is safe to include twice: one set of listeners', () => {
    const page = host([fakeFrame(`${SITE}/embed/`)], { times: 2 });
    expect(page.listeners.get('message')).toHaveLength(1);
    expect(page.listeners.get('hashchange')).toHaveLength(1);
  });

  it('mirrors ./messages.ts: the same version and the same event-id rule', () => {
    expect(CODE).toContain(`const PROTOCOL = ${PROTOCOL};`);
    expect(CODE).toContain(`const EVENT_ID = /${EVENT_ID.source}/;`);
  });

  it(`stays under ${MAX_GZIP_BYTES} bytes gzipped, with no import or build step`, () => {
    expect(gzipSync(CODE, { level: 9 }).length).toBeLessThanOrEqual(MAX_GZIP_BYTES);
    expect(CODE).not.toMatch(/^\s*(import|export)\s/m);
  });
});
