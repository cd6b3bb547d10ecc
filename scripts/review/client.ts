/**
 * The review page's one script (bundled by esbuild when the server starts).
 * Sends each edit as JSON with the run's token, and reloads the page's
 * content when the server says it rebuilt (Server-Sent Events), keeping the
 * scroll position, the focused control, open disclosures and anything typed.
 */
export {};

/** How long a selection must rest before it fills the add form: a drag fires selectionchange at every step. */
const SELECTION_SETTLE_MS = 120;

const token = document.querySelector<HTMLMetaElement>('meta[name="review-token"]')?.content ?? '';
const status = document.getElementById('status')!;
const alertBox = document.getElementById('alert')!;

type Edit = Record<string, unknown> & { type: string };
type Reply = { ok: true; build: number; ms: number; id?: string } | { ok: false; reason: string };

function content(): HTMLElement {
  return document.getElementById('review-content')!;
}

function say(message: string): void {
  status.textContent = message;
}

function refuse(message: string): void {
  alertBox.textContent = message;
}

async function post(path: string, body: unknown): Promise<Reply> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-review-token': token },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Reply;
  } catch (error) {
    return { ok: false, reason: `the review server did not answer (${(error as Error).message}); is npm run review still running?` };
  }
}

async function sendEdit(edit: Edit): Promise<boolean> {
  refuse('');
  say('Saving…');
  const reply = await post('/api/edit', edit);
  if (!reply.ok) {
    refuse(`Not saved: ${reply.reason}`);
    say('editorial.md was not changed.');
    return false;
  }
  say(`Saved to editorial.md; rebuilt in ${Math.round(reply.ms)} ms`);
  await refresh(reply.build);
  return true;
}

/** What a rebuild must not lose: where the reader was and what they were doing. */
interface PageState {
  scroll: number;
  focused: string | null;
  open: string[];
  typed: Map<string, string>;
  picked: string[];
}

function capture(): PageState {
  const root = content();
  const typed = new Map<string, string>();
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[id]:not([type=checkbox]), textarea[id]')) {
    if (field.value !== field.defaultValue) typed.set(field.id, field.value);
  }
  return {
    scroll: window.scrollY,
    focused: document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement.id || null : null,
    open: [...root.querySelectorAll<HTMLDetailsElement>('details[open][id]')].map((d) => d.id),
    typed,
    picked: [...root.querySelectorAll<HTMLInputElement>('.merge-pick:checked')].map((c) => c.id),
  };
}

function restore(state: PageState): void {
  for (const id of state.open) (document.getElementById(id) as HTMLDetailsElement | null)?.setAttribute('open', '');
  for (const [id, value] of state.typed) {
    const field = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null;
    if (field) field.value = value;
  }
  for (const id of state.picked) {
    const box = document.getElementById(id) as HTMLInputElement | null;
    if (box) box.checked = true;
  }
  window.scrollTo(0, state.scroll);
  const target = state.focused ? document.getElementById(state.focused) : null;
  if (target) target.focus({ preventScroll: true });
  else if (state.focused) content().focus({ preventScroll: true });
}

let refreshing: Promise<void> | null = null;

/** Loads the page again and swaps in its content, unless it already shows `build`. */
async function refresh(build?: number): Promise<void> {
  if (build !== undefined && Number(content().dataset.build) >= build) return;
  if (refreshing) await refreshing;
  refreshing = (async () => {
    const response = await fetch('/', { cache: 'no-store' });
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
    const next = fresh.getElementById('review-content');
    if (!next) return;
    const state = capture();
    const root = content();
    root.innerHTML = next.innerHTML;
    root.dataset.build = next.dataset.build ?? '';
    document.title = fresh.title;
    document.getElementById('story-title')!.textContent = fresh.getElementById('story-title')?.textContent ?? '';
    restore(state);
  })();
  try {
    await refreshing;
  } finally {
    refreshing = null;
  }
}

function fieldValue(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  event.preventDefault();
  if (form.id === 'add-form') {
    const edit: Edit = {
      type: 'add',
      source: fieldValue(form, 'source'),
      quote: fieldValue(form, 'quote'),
      date: fieldValue(form, 'date'),
      title: fieldValue(form, 'title'),
      kind: fieldValue(form, 'kind'),
    };
    void sendEdit(edit).then((saved) => {
      if (saved) (document.getElementById('add-form') as HTMLFormElement | null)?.reset();
    });
    return;
  }
  const type = form.dataset.type;
  const id = form.dataset.id;
  if (!form.classList.contains('edit') || !type || !id) return;
  void sendEdit({ type, id, [type]: fieldValue(form, type) });
});

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('button');
  if (!button) return;
  if (button.classList.contains('toggle')) {
    const type = button.dataset.type!;
    void sendEdit({ type, id: button.dataset.id!, [type]: button.dataset.value === 'true' });
  } else if (button.id === 'merge-button') {
    const ids = [...content().querySelectorAll<HTMLInputElement>('.merge-pick:checked')].map((c) => c.value);
    if (ids.length < 2) refuse('Select at least two events to merge.');
    else
      void sendEdit({ type: 'merge', ids }).then((saved) => {
        if (saved) for (const box of content().querySelectorAll<HTMLInputElement>('.merge-pick:checked')) box.checked = false;
      });
  } else if (button.id === 'preview-button') void preview(button);
});

/** Asks the server to build the site; the tabs wait on the server until the build is done. */
async function preview(button: HTMLButtonElement): Promise<void> {
  refuse('');
  button.disabled = true;
  say('Building the preview site…');
  const reply = await post('/api/preview', {});
  button.disabled = false;
  if (!reply.ok) {
    refuse(`No preview: ${reply.reason}`);
    return;
  }
  // Still within the click's user activation (a few seconds), so the tabs are not blocked as pop-ups.
  window.open('/preview/', '_blank');
  window.open('/preview/embed/', '_blank');
  say('The preview opens in two new tabs: the main page and the embed view.');
}

let selectionTimer: ReturnType<typeof setTimeout> | undefined;

/** A selection inside an article or a quote fills the add form's source and quote. */
document.addEventListener('selectionchange', () => {
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(() => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const node = selection.getRangeAt(0).commonAncestorContainer;
    const holder = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-source]');
    const quote = selection.toString().replace(/\s+/g, ' ').trim();
    if (!holder || !quote) return;
    const source = document.getElementById('add-source') as HTMLSelectElement | null;
    const field = document.getElementById('add-quote') as HTMLTextAreaElement | null;
    if (!source || !field) return;
    source.value = holder.dataset.source!;
    field.value = quote;
    say('The selection is the new event’s quote: give it a date and a title under “Add an event”.');
  }, SELECTION_SETTLE_MS);
});

const updates = new EventSource('/events');
updates.addEventListener('rebuilt', (event) => {
  const { build, ms, reason } = JSON.parse((event as MessageEvent<string>).data) as { build: number; ms: number; reason: string };
  say(`${reason}: rebuilt in ${Math.round(ms)} ms`);
  void refresh(build);
});
