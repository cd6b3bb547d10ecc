/**
 * Browser island of the overview: zoom and pan (wheel, drag, buttons,
 * keyboard) on the static SVG rendered at build time. It reads the geometry
 * back from the SVG's data attributes and re-runs the same layout functions
 * (`./layout.ts`) with the zoom transform, so nothing is fetched and the
 * static page stays the source of truth. Imports d3-zoom, d3-selection and
 * d3-scale (through layout) only.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import {
  breakX,
  lanes,
  MARK_RADIUS,
  placeMarks,
  px,
  segmentRanges,
  segmentScales,
  segmentTicks,
  type Frame,
  type Kind,
  type MarkInput,
  type Segment,
} from './layout';

const STEP = 2;
const PAN = 80;

export interface OverviewHandle {
  zoomBy(factor: number): void;
  panBy(dx: number): void;
  reset(): void;
  transform(): ZoomTransform;
}

export function initOverview(root: HTMLElement): OverviewHandle | null {
  const found = root.querySelector<SVGSVGElement>('svg.overview-svg');
  if (!found) return null;
  const svgNode: SVGSVGElement = found;
  const svg = select(svgNode);
  const ds = svgNode.dataset;
  const [top, right, bottom, left] = (ds.margin ?? '0 0 0 0').split(' ').map(Number) as [number, number, number, number];
  const frame: Frame = { width: Number(ds.width), height: Number(ds.height), margin: { top, right, bottom, left } };
  const x0 = left;
  const x1 = frame.width - right;

  const axisNodes = [...svgNode.querySelectorAll<SVGGElement>('g.axis')];
  const segments: Segment[] = axisNodes.map((g) => {
    const [d0, d1] = (g.dataset.domain ?? '0 0').split(' ').map(Number) as [number, number];
    return { domain: [d0, d1], single: g.dataset.single === 'true', count: Number(g.dataset.count) };
  });
  const ranges = segmentRanges(segments, x0, x1);

  const markNodes = [...svgNode.querySelectorAll<SVGAElement>('a.mark')];
  const marks: MarkInput[] = markNodes.map((a) => ({
    id: a.dataset.id ?? '',
    kind: (a.dataset.kind ?? 'main') as Kind,
    start: Number(a.dataset.start),
    end: Number(a.dataset.end),
    range: a.dataset.range === 'true',
  }));
  const laneList = lanes(marks, frame);
  const markById = new Map(markNodes.map((a) => [a.dataset.id ?? '', a]));

  function render(t: ZoomTransform): void {
    const scales = segmentScales(segments, ranges, { k: t.k, x: t.x });
    for (const p of placeMarks(marks, segments, scales, laneList)) {
      const a = markById.get(p.id);
      if (!a) continue;
      a.setAttribute('transform', `translate(${px(p.x)},${px(p.y)})`);
      const range = a.querySelector('.mark__range');
      if (range) range.setAttribute('width', px(Math.max(0, p.x1 - p.x0) + 2 * MARK_RADIUS));
      const period = a.querySelector('.mark__period');
      if (period) {
        period.setAttribute('x', px(p.x0 - p.x));
        period.setAttribute('width', px(p.x1 - p.x0));
      }
    }
    axisNodes.forEach((node, i) => {
      const scale = scales[i]!;
      const segment = segments[i]!;
      const [r0, r1] = scale.range() as [number, number];
      const g = select(node);
      g.select('.domain').attr('d', `M${px(r0 + 0.5)},0.5H${px(r1 + 0.5)}`);
      const ticks = segmentTicks(segment, scale, [x0 - MARK_RADIUS, x1 + MARK_RADIUS]);
      g.selectAll<SVGGElement, Date>('.tick')
        .data(ticks.values)
        .join((enter) => {
          const tick = enter.append('g').attr('class', 'tick');
          tick.append('line').attr('stroke', 'currentColor').attr('y2', 6);
          tick.append('text').attr('fill', 'currentColor').attr('y', 9).attr('dy', '0.71em');
          return tick;
        })
        .attr('transform', (d) => `translate(${px(scale(d) + 0.5)},0)`)
        .select('text')
        .text((d) => ticks.format(d));
    });
    svg.selectAll<SVGPathElement, unknown>('.axis-break').each(function () {
      const i = Number(this.dataset.after);
      this.setAttribute('transform', `translate(${px(breakX(ranges, i, { k: t.k, x: t.x }))},0)`);
    });
    const text = `translate(${px(t.x)},${px(t.y)}) scale(${Math.round(t.k * 1000) / 1000})`;
    svgNode.dataset.transform = text;
    root.dataset.zoomed = String(t.k > 1);
  }

  const extent: [[number, number], [number, number]] = [
    [x0, 0],
    [x1, frame.height],
  ];
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 500])
    .extent(extent)
    .translateExtent(extent)
    .on('zoom', (event: { transform: ZoomTransform }) => render(event.transform));
  svg.call(behavior);
  // d3-zoom binds double-click to zoom; on a mark it should follow the link instead.
  svg.on('dblclick.zoom', null);
  const current = (): ZoomTransform => (svgNode as unknown as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;
  render(current());

  const handle: OverviewHandle = {
    zoomBy: (factor) => behavior.scaleBy(svg as Selection<SVGSVGElement, unknown, null, undefined>, factor),
    panBy: (dx) => behavior.translateBy(svg as Selection<SVGSVGElement, unknown, null, undefined>, dx / current().k, 0),
    reset: () => behavior.transform(svg as Selection<SVGSVGElement, unknown, null, undefined>, zoomIdentity),
    transform: current,
  };

  // Buttons: rendered hidden (they need this script), shown once it runs.
  const controls = root.querySelector<HTMLElement>('[data-zoom-controls]');
  if (controls) controls.hidden = false;
  root.querySelectorAll<HTMLElement>('[data-zoom-hint]').forEach((el) => (el.hidden = false));
  root.querySelectorAll<HTMLButtonElement>('button[data-zoom]').forEach((button) => {
    button.addEventListener('click', () => {
      const action = button.dataset.zoom;
      if (action === 'in') handle.zoomBy(STEP);
      else if (action === 'out') handle.zoomBy(1 / STEP);
      else handle.reset();
    });
  });

  // Keyboard, while focus is in the overview (on a mark or a button).
  root.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    if (key === '+' || key === '=') handle.zoomBy(STEP);
    else if (key === '-' || key === '_') handle.zoomBy(1 / STEP);
    else if (key === '0') handle.reset();
    else if (key === 'ArrowLeft') handle.panBy(PAN);
    else if (key === 'ArrowRight') handle.panBy(-PAN);
    else return;
    event.preventDefault();
  });

  // Activating a mark follows its link (#id); then move focus to the event,
  // so that Tab continues from there.
  svgNode.addEventListener('click', (event) => {
    const a = (event.target as Element | null)?.closest?.('a.mark');
    const id = a?.getAttribute('data-id');
    if (!id) return;
    const target = document.getElementById(id);
    if (!target) return;
    window.requestAnimationFrame(() => target.focus({ preventScroll: true }));
  });

  return handle;
}
