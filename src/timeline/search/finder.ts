/**
 * Browser island of the search box and filters. It fetches /search.json the
 * first time a reader reaches for the form (or at once when the URL holds a
 * query), hides the list's events that do not match, opens the disclosures
 * that hold matches, lists matches that live on period pages, and keeps the
 * query in the URL (replaceState) so it can be shared and is restored.
 */
import { MATCHES_EVENT, type MatchesDetail } from '../matchesEvent';
import { emptyQuery, isEmptyQuery, readFinderQuery, toKindFilter, writeFinderQuery, type FinderQuery } from './finderQuery';
import { matchEvents } from './matchEvents';
import type { SearchIndex } from './searchIndex';

/** Typing settles for this long before the list is filtered (ms): one pass per pause, not per key. */
const TYPING_PAUSE = 150;

/** Matches from period pages listed under the form at most; the rest are a click away on those pages. */
const ELSEWHERE_MAX = 100;

export function initFinder(form: HTMLFormElement, doc: Document = document): void {
  const list = doc.querySelector<HTMLElement>('section.events');
  if (!list) return;
  const events = list;
  const status = form.querySelector<HTMLElement>('[data-finder-status]')!;
  const elsewhere = form.querySelector<HTMLElement>('[data-finder-elsewhere]')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const forms: Record<string, string> = JSON.parse(form.dataset.matches ?? '{}');
  const plural = new Intl.PluralRules(form.dataset.lang ?? 'en');
  const openedByUs = new Set<HTMLDetailsElement>();
  let index: SearchIndex | null = null;
  let loading: Promise<SearchIndex> | null = null;
  let timer = 0;

  const load = (): Promise<SearchIndex> => {
    loading ??= fetch(form.dataset.index ?? 'search.json')
      .then((r) => r.json() as Promise<SearchIndex>)
      .then((data) => {
        index = data;
        fillOptions(field('actor') as HTMLSelectElement, data.actors);
        fillOptions(field('source') as HTMLSelectElement, data.sources);
        return data;
      });
    return loading;
  };

  const current = (): FinderQuery => ({
    q: field('q').value.trim(),
    actor: field('actor').value,
    source: field('source').value,
    kind: toKindFilter(field('kind').value),
  });

  function show(query: FinderQuery): void {
    const url = `${doc.location.pathname}${writeFinderQuery(query, doc.location.search)}${doc.location.hash}`;
    history.replaceState(history.state, '', url);
    const items = events.querySelectorAll<HTMLElement>('li.event, .more-list > li');
    if (isEmptyQuery(query) || !index) {
      items.forEach((li) => (li.hidden = false));
      events.querySelectorAll<HTMLElement>('section.period').forEach((p) => (p.hidden = false));
      openedByUs.forEach((d) => (d.open = false));
      openedByUs.clear();
      elsewhere.hidden = true;
      status.textContent = isEmptyQuery(query) ? '' : (form.dataset.loading ?? '');
      doc.dispatchEvent(new CustomEvent<MatchesDetail>(MATCHES_EVENT, { detail: { ids: null } }));
      return;
    }
    const rows = matchEvents(index, query);
    const ids = new Set(rows.map((r) => r.id));
    doc.dispatchEvent(new CustomEvent<MatchesDetail>(MATCHES_EVENT, { detail: { ids: [...ids] } }));
    items.forEach((li) => (li.hidden = !ids.has(li.id)));
    events.querySelectorAll<HTMLElement>('section.period').forEach((period) => {
      period.querySelectorAll('details').forEach((d) => {
        const hit = d.querySelector('li:not([hidden])') !== null;
        if (hit && !d.open) {
          d.open = true;
          openedByUs.add(d);
        }
      });
      period.hidden = period.querySelector('li:not([hidden]), a[data-period-page]') === null;
    });
    const away = rows.filter((r) => !doc.getElementById(r.id)).slice(0, ELSEWHERE_MAX);
    const ol = elsewhere.querySelector('ol')!;
    ol.replaceChildren(
      ...away.map((r) => {
        const li = doc.createElement('li');
        const a = doc.createElement('a');
        a.href = `#${r.id}`;
        a.textContent = `${r.date} — ${r.title}`;
        li.append(a);
        return li;
      }),
    );
    elsewhere.hidden = away.length === 0;
    status.textContent = (forms[plural.select(rows.length)] ?? forms.other ?? '{n}').replace('{n}', rows.length.toLocaleString(form.dataset.lang));
  }

  const apply = () => {
    const query = current();
    if (isEmptyQuery(query)) show(query);
    else void load().then(() => show(current()));
  };

  form.hidden = false;
  form.addEventListener('focusin', () => void load(), { once: true });
  form.addEventListener('pointerenter', () => void load(), { once: true });
  form.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(apply, TYPING_PAUSE);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // After a reset the fields hold their defaults only once the event has run.
  form.addEventListener('reset', () => window.setTimeout(() => show(emptyQuery)));

  const initial = readFinderQuery(doc.location.search);
  if (!isEmptyQuery(initial)) {
    field('q').value = initial.q;
    field('kind').value = initial.kind;
    void load().then(() => {
      field('actor').value = initial.actor;
      field('source').value = initial.source;
      show(current());
    });
  }
}

/** A select's options after its first ("any") one, from the index. */
function fillOptions(select: HTMLSelectElement, values: readonly string[]): void {
  const keep = select.value;
  const first = select.options[0];
  select.replaceChildren(...(first ? [first] : []), ...values.map((v) => new Option(v, v)));
  select.value = keep;
}
