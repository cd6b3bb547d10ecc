/**
 * The static overview: a pure function from events to an SVG string, run at
 * build time, drawing the scene of `./overview/overviewScene.ts`. The browser
 * (`./zoom.ts`) re-lays the same scene out at the page's real width and on
 * every zoom, and patches this markup in place.
 *
 * Every mark is a real link to its event in the list (`href="#id"`), so the
 * overview works with JavaScript off, and every key event has its mark (no
 * clusters without the script that can open them). Only the first mark is in
 * the Tab order: the overview is one Tab stop, arrows move inside it.
 */
import type { TimelineEvent } from '../pipeline/schema';
import { dateSpan, isRange } from './dates';
import { honestDateLabel } from './eventDate';
import { clusterLabel } from './overview/clusterLabel';
import { overviewFrame } from './overview/overviewFrame';
import { overviewScene, type Scene } from './overview/overviewScene';
import { stringsFor, type Strings } from './strings';
import { identityZoom, laneKinds, MARK_RADIUS, px, segmentize, type MarkInput, type PlacedItem, type ZoomX } from './layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface OverviewOptions {
  width: number;
  /** id of the element that names the overview (aria-labelledby). */
  labelledBy?: string;
  /** id of the element that tells how to use it (aria-describedby). */
  describedBy?: string;
  /** Prefix for ids inside the SVG (clip path), so two overviews can share a page. */
  idPrefix?: string;
  /** The page's language (labels and dates); English by default. */
  lang?: string;
  /** Rows of marks per lane (by width otherwise). */
  rows?: number;
  /** Draw crowded marks as clusters, as the browser does (for snapshots; the page's static SVG shows every mark). */
  cluster?: boolean;
  /** A zoom to draw at (for snapshots). */
  zoom?: ZoomX;
}

/** Contract events → what the overview lays out. */
export function toMarkInputs(events: readonly TimelineEvent[]): MarkInput[] {
  return events.map((e) => {
    const [start, end] = dateSpan(e.date);
    return { id: e.id, kind: e.kind, start: start.getTime(), end: end.getTime(), range: isRange(e.date) };
  });
}

/** What the overview draws: the key events only, so it stays legible on stories of hundreds of events. */
export function overviewEvents<E extends Pick<TimelineEvent, 'tier'>>(events: readonly E[]): E[] {
  return events.filter((e) => e.tier === 'key');
}

/** A mark's name (its tooltip and accessible name): the date as honestly as known, the title, and what sets it apart. */
export function markName(event: TimelineEvent, t: Strings): string {
  const notes = [...(event.status === 'planned' ? [t.plannedNote] : []), ...(event.kind === 'background' ? [t.backgroundNote] : [])];
  return `${honestDateLabel(event, t)}: ${event.title}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** How a mark's period is drawn: a day (or a time) a point, a month a bar, a year a band, a range its span. */
export function markShape(event: Pick<TimelineEvent, 'date'>): 'point' | 'month' | 'year' | 'range' {
  if (isRange(event.date)) return 'range';
  if (event.date.precision === 'year') return 'year';
  if (event.date.precision === 'month') return 'month';
  return 'point';
}

export function overviewSvg(events: readonly TimelineEvent[], options: OverviewOptions): string {
  const lang = options.lang ?? 'en';
  const t = stringsFor(lang);
  const prefix = options.idPrefix ?? 'overview';
  const marks = toMarkInputs(events);
  const kinds = laneKinds(marks);
  const frame = overviewFrame(options.width, kinds.length, options.rows);
  const { width, height } = frame;
  const segments = segmentize(marks);
  const scene = overviewScene(marks, segments, frame, options.zoom ?? identityZoom, { lang, cluster: options.cluster ?? false });
  const byId = new Map(events.map((e) => [e.id, e]));
  const indexOf = new Map(events.map((e, i) => [e.id, i]));
  const out: string[] = [];

  out.push(
    `<svg xmlns="${SVG_NS}" class="overview-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group"` +
      attr('aria-labelledby', options.labelledBy) +
      attr('aria-describedby', options.describedBy) +
      ` data-rows="${frame.rows}">`,
  );
  const [x0, x1] = scene.plot;
  out.push(`<defs><clipPath id="${prefix}-clip"><rect class="overview-clip" x="${px(x0 - 2)}" y="0" width="${px(x1 - x0 + 4)}" height="${height}"/></clipPath></defs>`);

  // Lanes: a faint rule along the first row; a label above each when there are two.
  out.push('<g class="lanes">');
  for (const lane of scene.lanes) {
    out.push(`<g class="lane lane--${lane.kind}" data-kind="${lane.kind}">`);
    out.push(`<line class="lane__rule" x1="${px(x0)}" x2="${px(x1)}" y1="${px(lane.baseline)}" y2="${px(lane.baseline)}"/>`);
    if (scene.lanes.length > 1) {
      out.push(`<text class="lane__label" x="${px(x0)}" y="${px(lane.top + 10)}">${esc(lane.kind === 'main' ? t.laneMain : t.laneBackground)}</text>`);
    }
    out.push('</g>');
  }
  out.push('</g>');

  out.push(`<g class="plot" clip-path="url(#${prefix}-clip)">`);
  out.push(axesMarkup(scene, segments));

  // Marks: links to the list, in date order (the order of the list and of the arrow keys).
  out.push('<g class="marks">');
  let first = true;
  for (const item of scene.items) {
    if (item.ids.length > 1) continue;
    const event = byId.get(item.ids[0]!)!;
    out.push(markMarkup(event, item, marks[indexOf.get(event.id)!]!, t, first));
    first = false;
  }
  out.push('</g>');

  // Clusters (only when asked: the browser draws its own).
  out.push('<g class="clusters">');
  for (const item of scene.items) {
    if (item.ids.length < 2) continue;
    const members = item.ids.map((id) => byId.get(id)!);
    const name = clusterLabel(members.length, honestDateLabel(members[0]!, t), honestDateLabel(members[members.length - 1]!, t), t.clusterCount, lang);
    out.push(clusterMarkup(item, name, first));
    first = false;
  }
  out.push('</g>');
  out.push('</g></svg>');
  return out.join('');
}

/** Each segment's axis line and ticks, and the breaks between segments. */
function axesMarkup(scene: Scene, segments: readonly { domain: [number, number]; single: boolean; count: number }[]): string {
  const out: string[] = [`<g class="axes" transform="translate(0,${px(scene.axisY)})">`];
  scene.axes.forEach((axis, i) => {
    const segment = segments[i]!;
    out.push(`<g class="axis" data-segment="${i}" data-domain="${segment.domain[0]} ${segment.domain[1]}" data-count="${segment.count}" data-single="${segment.single}">`);
    out.push(`<path class="domain" d="M${px(axis.range[0])},0.5H${px(axis.range[1])}"/>`);
    for (const tick of axis.ticks) out.push(tickMarkup(tick.x, tick.label, tick.anchor));
    out.push('</g>');
  });
  scene.breaks.forEach((x, i) => out.push(`<path class="axis-break" data-after="${i}" transform="translate(${px(x)},0)" d="M-7,5L-3,-5M3,5L7,-5"/>`));
  out.push('</g>');
  return out.join('');
}

function tickMarkup(x: number, label: string, anchor: string): string {
  return `<g class="tick" transform="translate(${px(x)},0)"><line y2="5"/><text y="8" dy="0.71em" text-anchor="${anchor}">${esc(label)}</text></g>`;
}

function markMarkup(event: TimelineEvent, item: PlacedItem, input: MarkInput, t: Strings, first: boolean): string {
  const shape = markShape(event);
  const classes = ['mark', `mark--${event.kind}`, `mark--${shape}`];
  if (event.status === 'planned') classes.push('mark--planned');
  if (event.date.basis === 'publication') classes.push('mark--reported');
  const r = MARK_RADIUS;
  const span = item.x1 - item.x0;
  let body = '';
  if (shape === 'range') body += `<rect class="mark__range" x="${-r}" y="${-r}" width="${px(Math.max(0, span) + 2 * r)}" height="${2 * r}" rx="${r}"/>`;
  if (shape === 'month') body += `<rect class="mark__period" x="${px(item.x0 - item.x)}" y="${-r / 2}" width="${px(span)}" height="${r}" rx="${r / 2}"/>`;
  if (shape === 'year') body += `<rect class="mark__band" x="${px(item.x0 - item.x)}" y="${-r - 1}" width="${px(span)}" height="${2 * r + 2}" rx="2"/>`;
  if (shape !== 'range') {
    // A publication-day date is a diamond, so "reported" is told by shape, not colour alone.
    body += event.date.basis === 'publication' ? `<path class="mark__dot" d="M0,-6L6,0L0,6L-6,0Z"/>` : `<circle class="mark__dot" r="${r}"/>`;
  }
  return (
    `<a class="${classes.join(' ')}" href="#${esc(event.id)}" tabindex="${first ? 0 : -1}"` +
    ` data-id="${esc(event.id)}" data-kind="${event.kind}" data-status="${event.status}" data-basis="${event.date.basis}" data-date="${esc(event.date.start)}"` +
    ` data-start="${input.start}" data-end="${input.end}" data-range="${input.range}" data-when="${esc(honestDateLabel(event, t))}" data-row="${item.row}"` +
    ` transform="translate(${px(item.x)},${px(item.y)})"><title>${esc(markName(event, t))}</title>${body}</a>`
  );
}

/** A cluster: a pill over its members with their count. The browser builds the same markup (`clusterElement` in ./zoom.ts). */
function clusterMarkup(item: PlacedItem, name: string, first: boolean): string {
  const r = MARK_RADIUS + 1;
  const half = (item.x1 - item.x0) / 2;
  return (
    `<g class="cluster cluster--${item.kind}" role="button" tabindex="${first ? 0 : -1}" data-ids="${esc(item.ids.join(' '))}" transform="translate(${px(item.x)},${px(item.y)})">` +
    `<title>${esc(name)}</title><rect class="cluster__pill" x="${px(-half)}" y="${-r}" width="${px(2 * half)}" height="${2 * r}" rx="${r}"/>` +
    `<text class="cluster__count" dy="0.35em" text-anchor="middle">${item.ids.length}</text></g>`
  );
}

function attr(name: string, value: string | undefined): string {
  return value ? ` ${name}="${esc(value)}"` : '';
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
