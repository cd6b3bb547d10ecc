import { compareEvents } from '../eventOrder.ts';
import type { Diagnostic, Mention, Source, Timeline, TimelineEvent } from '../schema.ts';
import type { EditorialEdits, Located, SectionEdit } from './types.ts';

/**
 * Applies a journalist's edits to an extracted timeline and returns a new
 * timeline (the input is not changed). What a person wrote wins; ids that
 * match no event, citations that cannot be resolved and references to
 * merged-away events become diagnostics in the result and are otherwise
 * ignored.
 *
 * Order: add new events → merges (front matter, in order) → each section's
 * title/kind/date/summary (document order) → hide → pin → story title →
 * sort by date.start then id.
 */
export function applyEditorial(timeline: Timeline, edits: EditorialEdits): Timeline {
  const out: Timeline = structuredClone(timeline);
  const file = edits.file;
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, message: string, level: Diagnostic['level'] = 'warning'): void => {
    diagnostics.push({ file, line, level, message });
  };
  const byId = new Map(out.events.map((e) => [e.id, e]));
  /** Merged-away id → the id it now lives in. */
  const mergedInto = new Map<string, string>();

  /** The event an edit refers to, or a diagnostic saying why there is none. */
  const find = (id: string, line: number, what: string): TimelineEvent | undefined => {
    const event = byId.get(id);
    if (event) return event;
    const target = mergedInto.get(id);
    if (target !== undefined) warn(line, `${what}: event "${id}" was merged into "${target}" on an earlier line; edit "${target}" instead (ignored)`);
    else warn(line, `${what}: no event with id "${id}" (ignored)`);
    return undefined;
  };

  // 1. Events added by hand.
  const addedSources = new Map<string, Source>();
  const added = new Set<string>();
  for (const section of edits.sections) {
    if (!section.isNew) continue;
    const event = newEvent(section, out, addedSources, file, warn);
    if (!event) continue;
    if (byId.has(event.id)) {
      warn(section.line, `new event "${event.id}": an event with this id already exists; use "## ${event.id}" to edit it (not added)`, 'error');
      continue;
    }
    byId.set(event.id, event);
    added.add(event.id);
    out.events.push(event);
  }
  out.sources.push(...addedSources.values());

  // 2. Merges: every later id of an entry is folded into the first.
  for (const entry of edits.merge) {
    const [first, ...rest] = entry as [Located<string>, ...Located<string>[]];
    const keep = find(first.value, first.line, 'merge');
    if (!keep) continue;
    for (const other of rest) {
      if (other.value === keep.id) continue;
      const gone = find(other.value, other.line, 'merge');
      if (!gone) continue;
      mergeInto(keep, gone);
      byId.delete(gone.id);
      mergedInto.set(gone.id, keep.id);
      for (const [from, to] of mergedInto) if (to === gone.id) mergedInto.set(from, keep.id);
    }
  }
  out.events = out.events.filter((e) => byId.get(e.id) === e);

  // 3. Per-event sections; hide and pin are collected, front matter first, so a section can override it.
  const hidden = new Map<string, boolean>();
  const pinned = new Map<string, boolean>();
  for (const { value, line } of edits.hide) if (find(value, line, 'hide')) hidden.set(value, true);
  for (const { value, line } of edits.pin) if (find(value, line, 'pin')) pinned.set(value, true);
  for (const section of edits.sections) {
    if (section.isNew) {
      // Title, date, summary and kind were used when the event was made; hide and pin still apply.
      // (A new event that was not added, or was merged away, has had its diagnostic already.)
      if (!added.has(section.id) || !byId.has(section.id)) continue;
      if (section.hide) hidden.set(section.id, section.hide.value);
      if (section.pin) pinned.set(section.id, section.pin.value);
      continue;
    }
    const event = find(section.id, section.line, `section "## ${section.id}"`);
    if (!event) continue;
    if (section.title) event.title = section.title.value;
    if (section.kind) event.kind = section.kind.value;
    if (section.date) event.date = { ...section.date.value, basis: 'editorial' };
    if (section.summary) event.summary = section.summary.value;
    if (section.hide) hidden.set(event.id, section.hide.value);
    if (section.pin) pinned.set(event.id, section.pin.value);
    for (const key of ['source', 'quote'] as const) {
      const option = section[key];
      if (option) warn(option.line, `section "${section.id}": ${key} only applies to "## new: <id>" sections (ignored)`);
    }
  }

  // 4. Hide, then pin: pinned events become main and rank above every other event, in the order pinned.
  out.events = out.events.filter((e) => !hidden.get(e.id));
  const pins = [...pinned].filter(([id, on]) => on && !hidden.get(id)).map(([id]) => byId.get(id)!);
  const pinnedIds = new Set(pins.map((e) => e.id));
  const top = Math.max(0, ...out.events.filter((e) => !pinnedIds.has(e.id)).map((e) => e.salience));
  pins.forEach((event, i) => {
    event.kind = 'main';
    event.tier = 'key';
    event.salience = Math.floor(top) + pins.length - i;
  });

  if (edits.title) out.title = edits.title.value;
  out.events.sort(compareEvents);
  out.diagnostics.push(...diagnostics);
  return out;
}

/** `gone`'s mentions join `keep` (no duplicates), actors and disputes are united; `keep`'s date, title, summary and kind stay. */
function mergeInto(keep: TimelineEvent, gone: TimelineEvent): void {
  const key = (m: Mention): string => JSON.stringify([m.source, m.start, m.end, m.quote]);
  const seen = new Set(keep.mentions.map(key));
  for (const mention of gone.mentions) {
    if (seen.has(key(mention))) continue;
    seen.add(key(mention));
    keep.mentions.push(mention);
  }
  for (const actor of gone.actors) if (!keep.actors.includes(actor)) keep.actors.push(actor);
  const disputes = new Set(keep.disputes.map((d) => JSON.stringify(d)));
  for (const dispute of gone.disputes) if (!disputes.has(JSON.stringify(dispute))) keep.disputes.push(dispute);
  keep.salience = Math.max(keep.salience, gone.salience);
}

/** The event a `## new: <id>` section describes, or diagnostics saying what it lacks. */
function newEvent(
  section: SectionEdit,
  timeline: Timeline,
  addedSources: Map<string, Source>,
  file: string,
  warn: (line: number, message: string, level?: Diagnostic['level']) => void,
): TimelineEvent | undefined {
  const missing = (['date', 'title', 'source', 'quote'] as const).filter((k) => !section[k]);
  if (missing.length > 0) {
    warn(section.line, `new event "${section.id}": missing ${missing.join(', ')} (a new event needs date, title, source and quote; not added)`, 'error');
    return undefined;
  }
  const source = section.source!;
  let sourceId: string;
  if (timeline.sources.some((s) => s.id === source.value)) {
    sourceId = source.value;
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(source.value)) {
    const url = parseHttpUrl(source.value);
    if (!url) {
      warn(source.line, `new event "${section.id}": source ${JSON.stringify(source.value)} is not an http(s) URL (not added)`, 'error');
      return undefined;
    }
    sourceId = urlSource(url, timeline, addedSources, file).id;
  } else {
    warn(source.line, `new event "${section.id}": source "${source.value}" is neither a source id of the timeline nor a URL (not added)`, 'error');
    return undefined;
  }
  const quote = section.quote!.value;
  return {
    id: section.id,
    date: { ...section.date!.value, basis: 'editorial' },
    status: 'reported',
    tier: 'key',
    title: section.title!.value,
    summary: section.summary?.value ?? '',
    kind: section.kind?.value ?? 'main',
    salience: 1,
    actors: [],
    mentions: [{ source: sourceId, quote, start: 0, end: quote.length, expression: '' }],
    disputes: [],
  };
}

function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A source for a cited URL, one per URL, its id a slug of host and path that no other source uses. */
function urlSource(url: URL, timeline: Timeline, addedSources: Map<string, Source>, file: string): Source {
  const href = url.href;
  const known = [...addedSources.values()].find((s) => s.url === href);
  if (known) return known;
  const base = urlSlug(url);
  const taken = (id: string): boolean => timeline.sources.some((s) => s.id === id) || addedSources.has(id);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  const source: Source = { id, file, title: null, outlet: null, url: href, author: null, language: 'en', published: null };
  addedSources.set(id, source);
  return source;
}

/** `https://www.example.org/news/Report.html` → `example-org-news-report-html`. */
export function urlSlug(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep it encoded
  }
  const slug = `${url.hostname.replace(/^www\./, '')} ${path}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'editorial-source';
}
