/**
 * The static overview: a pure function from events to an SVG string, run at
 * build time. d3-scale places the marks and d3-axis draws the axes on a
 * linkedom document (d3-axis needs a DOM selection; the server has none).
 *
 * Every mark is a real link to its event in the list (`href="#id"`), so the
 * overview works with JavaScript off; `./zoom.ts` later re-runs the same
 * layout functions to zoom and pan it.
 */
import { axisBottom } from 'd3-axis';
import { select, type Selection } from 'd3-selection';
import { parseHTML } from 'linkedom';
import type { TimelineEvent } from '../pipeline/schema';
import { dateSpan, isRange } from './dates';
import { honestDateLabel } from './eventDate';
import { stringsFor, type Strings } from './strings';
import {
  breakX,
  defaultMargin,
  lanes,
  MARK_RADIUS,
  placeMarks,
  px,
  ROW_HEIGHT,
  segmentize,
  segmentRanges,
  segmentScales,
  segmentTicks,
  type Margin,
  type MarkInput,
} from './layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface OverviewOptions {
  width: number;
  /** Defaults to room for three rows per lane. */
  height?: number;
  margin?: Margin;
  /** id of the element that names the overview (aria-labelledby). */
  labelledBy?: string;
  /** Prefix for ids inside the SVG (clip path), so two overviews can share a page. */
  idPrefix?: string;
  /** The page's language (labels and dates); English by default. */
  lang?: string;
}

/** Contract events → what the overview draws. */
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

/** A mark's tooltip: date, title, and what sets it apart. */
function markTitle(event: TimelineEvent, t: Strings): string {
  const notes = [...(event.status === 'planned' ? [t.plannedNote] : []), ...(event.kind === 'background' ? [t.backgroundNote] : [])];
  return `${honestDateLabel(event, t)}: ${event.title}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** Height that leaves three rows per lane. */
export function overviewHeight(events: readonly TimelineEvent[], margin: Margin = defaultMargin): number {
  const laneCount = (events.some((e) => e.kind === 'background') ? 1 : 0) + (events.some((e) => e.kind === 'main') || events.length === 0 ? 1 : 0);
  return margin.top + margin.bottom + laneCount * (3 * ROW_HEIGHT + 8);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Sel = Selection<any, unknown, null, undefined>;

export function overviewSvg(events: readonly TimelineEvent[], options: OverviewOptions): string {
  const margin = options.margin ?? defaultMargin;
  const width = options.width;
  const height = options.height ?? overviewHeight(events, margin);
  const prefix = options.idPrefix ?? 'overview';
  const t = stringsFor(options.lang);
  const frame = { width, height, margin };
  const x0 = margin.left;
  const x1 = width - margin.right;
  const axisY = height - margin.bottom;

  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = document.createElementNS(SVG_NS, 'svg');
  document.body.appendChild(node);
  const svg: Sel = select(node as unknown as Element);
  svg
    // xmlns lets the same markup open as a file (the test snapshots); in HTML it is ignored.
    .attr('xmlns', SVG_NS)
    .attr('class', 'overview-svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'group')
    .attr('data-width', width)
    .attr('data-height', height)
    .attr('data-margin', [margin.top, margin.right, margin.bottom, margin.left].join(' '));
  if (options.labelledBy) svg.attr('aria-labelledby', options.labelledBy);

  const byId = new Map(events.map((e) => [e.id, e]));
  const marks = toMarkInputs(events);
  const segments = segmentize(marks);
  const ranges = segmentRanges(segments, x0, x1);
  const scales = segmentScales(segments, ranges);
  const laneList = lanes(marks, frame);
  const placed = placeMarks(marks, segments, scales, laneList);

  const clipId = `${prefix}-clip`;
  svg
    .append('defs')
    .append('clipPath')
    .attr('id', clipId)
    .append('rect')
    .attr('x', x0 - MARK_RADIUS - 2)
    .attr('y', 0)
    .attr('width', x1 - x0 + 2 * MARK_RADIUS + 4)
    .attr('height', height);

  // Lanes: a label in the left margin and a faint rule along the first row.
  const laneG = svg.append('g').attr('class', 'lanes');
  for (const lane of laneList) {
    const g = laneG.append('g').attr('class', `lane lane--${lane.kind}`);
    g.append('line')
      .attr('class', 'lane__rule')
      .attr('x1', x0)
      .attr('x2', x1)
      .attr('y1', px(lane.baseline))
      .attr('y2', px(lane.baseline));
    g.append('text')
      .attr('class', 'lane__label')
      .attr('x', x0 - MARK_RADIUS - 10)
      .attr('y', px(lane.baseline))
      .attr('dy', '0.32em')
      .attr('text-anchor', 'end')
      .text(lane.kind === 'main' ? t.laneMain : t.laneBackground);
  }

  const plot = svg.append('g').attr('class', 'plot').attr('clip-path', `url(#${clipId})`);

  // Axes: one per segment, with a break mark between segments.
  const axes = plot.append('g').attr('class', 'axes').attr('transform', `translate(0,${axisY})`);
  segments.forEach((segment, i) => {
    const scale = scales[i]!;
    const ticks = segmentTicks(segment, scale);
    const g = axes
      .append('g')
      .attr('class', 'axis')
      .attr('data-segment', i)
      .attr('data-domain', `${segment.domain[0]} ${segment.domain[1]}`)
      .attr('data-count', segment.count)
      .attr('data-single', String(segment.single));
    g.call(
      axisBottom<Date>(scale)
        .tickValues(ticks.values)
        .tickFormat((d) => ticks.format(d))
        .tickSizeOuter(0),
    );
    tidyAxis(g);
  });
  for (let i = 0; i + 1 < segments.length; i++) {
    axes
      .append('path')
      .attr('class', 'axis-break')
      .attr('data-after', i)
      .attr('transform', `translate(${px(breakX(ranges, i))},0)`)
      .attr('d', 'M-7,5L-3,-5M3,5L7,-5');
  }

  // Marks: links to the list, in date order (the order of the list and of Tab).
  const marksG = plot.append('g').attr('class', 'marks');
  const order = new Map(events.map((e, i) => [e.id, i]));
  const sortedPlaced = [...placed].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  for (const p of sortedPlaced) {
    const event = byId.get(p.id)!;
    const input = marks[order.get(p.id)!]!;
    const a = marksG
      .append('a')
      .attr('class', `mark mark--${event.kind}${event.status === 'planned' ? ' mark--planned' : ''}`)
      .attr('href', `#${event.id}`)
      .attr('data-id', event.id)
      .attr('data-kind', event.kind)
      .attr('data-status', event.status)
      .attr('data-date', event.date.start)
      .attr('data-start', input.start)
      .attr('data-end', input.end)
      .attr('data-range', String(input.range))
      .attr('data-row', p.row)
      .attr('transform', `translate(${px(p.x)},${px(p.y)})`);
    a.append('title').text(markTitle(event, t));
    appendShape(a, p, input.range);
  }

  return node.outerHTML;
}

/** Span (period or range) and dot of one mark, relative to its centre. Shared with the browser code. */
function appendShape(a: Sel, p: { x: number; x0: number; x1: number }, range: boolean): void {
  const r = MARK_RADIUS;
  if (range) {
    a.append('rect')
      .attr('class', 'mark__range')
      .attr('x', px(-r))
      .attr('y', px(-r))
      .attr('width', px(Math.max(0, p.x1 - p.x0) + 2 * r))
      .attr('height', 2 * r)
      .attr('rx', r);
    return;
  }
  const w = p.x1 - p.x0;
  if (w > 2 * r) {
    a.append('rect')
      .attr('class', 'mark__period')
      .attr('x', px(p.x0 - p.x))
      .attr('y', px(-r / 2))
      .attr('width', px(w))
      .attr('height', r)
      .attr('rx', r / 2);
  }
  a.append('circle').attr('class', 'mark__dot').attr('r', r);
}

/** Leave styling to CSS and round d3-axis's positions (stable, shorter output). */
function tidyAxis(g: Sel): void {
  g.attr('fill', null).attr('font-size', null).attr('font-family', null);
  g.selectAll<Element, unknown>('.tick').attr('opacity', null).each(function () {
    const t = this.getAttribute('transform') ?? '';
    const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(t);
    if (m) this.setAttribute('transform', `translate(${px(Number(m[1]))},${px(Number(m[2]))})`);
  });
  g.select<Element>('.domain').each(function () {
    const d = this.getAttribute('d') ?? '';
    this.setAttribute('d', d.replace(/-?\d+\.\d+/g, (n) => px(Number(n))));
  });
}
