/**
 * Browser island of the overview. It reads the events back from the static
 * SVG (each mark's data attributes), re-runs the pure layout of
 * `./overview/overviewScene.ts` at the frame's real width and on every zoom,
 * and patches the SVG in place: marks move, crowded ones fold into clusters
 * with a count, ticks are re-labelled. Around that:
 *
 * - it sticks over the list and highlights the marks of the cards in view
 *   (`./overview/watchInView.ts`), panning to keep them in sight;
 * - zoom and pan with the wheel, a pinch or a drag (d3-zoom), the + − and
 *   "Fit all" buttons, and the keys + - 0; it opens on the story's key span;
 * - one Tab stop: a roving tabindex over marks and clusters, ←/→ between
 *   events in date order, Home/End, Enter to open (a mark goes to its card,
 *   a cluster zooms to its members); the focused event's date and title are
 *   shown in a caption and said by a polite live region.
 *
 * Imports d3-zoom and d3-selection only; everything else is this project's.
 */
import { MATCHES_EVENT, type MatchesDetail } from './matchesEvent';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import {
  laneKinds,
  MARK_RADIUS,
  px,
  segmentize,
  segmentRanges,
  segmentScales,
  toX,
  type Frame,
  type Kind,
  type MarkInput,
  type PlacedItem,
  type ZoomX,
} from './layout';
import { clusterLabel } from './overview/clusterLabel';
import { clampPan, fitSpan } from './overview/fitSpan';
import { initialView } from './overview/initialView';
import { maxZoom } from './overview/maxZoom';
import { overviewFrame } from './overview/overviewFrame';
import { overviewScene, type Scene } from './overview/overviewScene';
import { panIntoView } from './overview/panIntoView';
import { rovingIndex } from './overview/rovingIndex';
import { watchInView } from './overview/watchInView';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STEP = 2;
const PAN = 80;
const ANIMATION_MS = 220;

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

export interface OverviewHandle {
  zoomBy(factor: number): void;
  panBy(dx: number): void;
  fitAll(): void;
  transform(): ZoomTransform;
}

interface MarkNode {
  el: SVGAElement;
  range: SVGRectElement | null;
  period: SVGRectElement | null;
  hidden: boolean;
}

export function initOverview(root: HTMLElement): OverviewHandle | null {
  const found = root.querySelector<SVGSVGElement>('svg.overview-svg');
  const frameBox = root.querySelector<HTMLElement>('.overview__frame');
  if (!found || !frameBox) return null;
  const svgNode: SVGSVGElement = found;
  const frameNode: HTMLElement = frameBox;
  const svg: SvgSelection = select(svgNode);
  const lang = document.documentElement.lang || 'en';
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const clusterForms = JSON.parse(root.dataset.clusterCount ?? '{}') as Record<string, string>;
  const caption = root.querySelector<HTMLElement>('[data-overview-caption]');
  const live = root.querySelector<HTMLElement>('[data-overview-live]');

  // The events, as the build wrote them into the marks (in date order).
  const markNodes = new Map<string, MarkNode>();
  const marks: MarkInput[] = [];
  for (const el of svgNode.querySelectorAll<SVGAElement>('a.mark')) {
    const id = el.dataset.id ?? '';
    marks.push({ id, kind: (el.dataset.kind ?? 'main') as Kind, start: Number(el.dataset.start), end: Number(el.dataset.end), range: el.dataset.range === 'true' });
    markNodes.set(id, { el, range: el.querySelector('.mark__range'), period: el.querySelector('.mark__period, .mark__band'), hidden: false });
  }
  const whenOf = (id: string): string => markNodes.get(id)?.el.dataset.when ?? '';
  const segments = segmentize(marks);
  const kinds = laneKinds(marks);

  const clip = svgNode.querySelector<SVGRectElement>('.overview-clip');
  const laneNodes = [...svgNode.querySelectorAll<SVGGElement>('g.lane')];
  const axisNodes = [...svgNode.querySelectorAll<SVGGElement>('g.axis')];
  const breakNodes = [...svgNode.querySelectorAll<SVGPathElement>('.axis-break')];
  const marksGroup = svgNode.querySelector<SVGGElement>('g.marks');
  const clustersGroup = svgNode.querySelector<SVGGElement>('g.clusters');
  const guide = document.createElementNS(SVG_NS, 'line');
  guide.setAttribute('class', 'focus-guide');
  guide.setAttribute('visibility', 'hidden');
  marksGroup?.before(guide);
  const clusterNodes = new Map<string, SVGGElement>();

  let frame: Frame = overviewFrame(frameNode.clientWidth || Number(svgNode.getAttribute('width')), kinds.length);
  let plot: [number, number] = [0, 0];
  let ranges: [number, number][] = [];
  let kMax = 1;
  let scene: Scene | null = null;
  /** Items of the last render and their elements, in date order: the roving order. */
  let items: PlacedItem[] = [];
  let itemEls: SVGElement[] = [];
  /** The event the roving tabindex is on (its item: its mark, or the cluster holding it). */
  let rovingId = marks[0]?.id ?? '';
  let inView = new Set<string>();
  /** The events the page's search and filters leave shown; null when none is on. */
  let matched: Set<string> | null = null;
  let hoverText = '';
  let pendingFrame = 0;
  /** The zoom the marks were last laid out at, and how far a pan has shifted them since. */
  let laidOutK = NaN;
  let laidOutX = 0;
  let shift = 0;
  /** x of item i now (its layout plus the pan since). */
  const xOf = (i: number): number => (items[i]?.x ?? NaN) + shift;
  let focusText = '';

  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // A reader's own wheel or drag stops any animation of ours.
      if (event.sourceEvent) animation = 0;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // A wheel or a drag sends several events a frame: draw once per frame. Our own moves (keys, buttons) draw at once.
      if (!event.sourceEvent) {
        cancelAnimationFrame(pendingFrame);
        pendingFrame = 0;
        render(event.transform);
      } else if (!pendingFrame) {
        pendingFrame = requestAnimationFrame(() => {
          pendingFrame = 0;
          render(current());
        });
      }
    });
  const current = (): ZoomTransform => (svgNode as unknown as { __zoom?: ZoomTransform }).__zoom ?? zoomIdentity;

  /** Sizes the SVG and the zoom's limits for a width; lanes and clip follow. */
  function layout(width: number): void {
    frame = overviewFrame(width, kinds.length);
    plot = [frame.margin.left, width - frame.margin.right];
    ranges = segmentRanges(segments, ...plot);
    kMax = maxZoom(segments, ranges, plot[1] - plot[0]);
    svgNode.setAttribute('viewBox', `0 0 ${width} ${frame.height}`);
    svgNode.setAttribute('width', String(width));
    svgNode.setAttribute('height', String(frame.height));
    // A fixed size makes the SVG a layout boundary: a zoom frame then lays out the figure, not the whole (long) page.
    svgNode.style.width = `${width}px`;
    svgNode.style.height = `${frame.height}px`;
    svgNode.dataset.rows = String(frame.rows);
    clip?.setAttribute('x', px(plot[0] - 2));
    clip?.setAttribute('width', px(plot[1] - plot[0] + 4));
    clip?.setAttribute('height', String(frame.height));
    const extent: [[number, number], [number, number]] = [
      [plot[0], 0],
      [plot[1], frame.height],
    ];
    behavior.scaleExtent([1, kMax]).extent(extent).translateExtent(extent);
    laidOutK = NaN;
  }

  /** Draws the overview at a transform. A pan since the last layout only shifts the marks (and redraws the axis). */
  function render(t: ZoomTransform): void {
    const zoomX: ZoomX = { k: t.k, x: t.x };
    if (scene && t.k === laidOutK) {
      shift = t.x - laidOutX;
      const translate = `translate(${px(shift)},0)`;
      marksGroup?.setAttribute('transform', translate);
      clustersGroup?.setAttribute('transform', translate);
      drawAxes(overviewScene(marks, segments, frame, zoomX, { lang, cluster: true, items: false }), t);
      if (svgNode.contains(document.activeElement)) showGuide();
      return;
    }
    const hadFocus = svgNode.contains(document.activeElement);
    const s = overviewScene(marks, segments, frame, zoomX, { lang, cluster: true });
    scene = s;
    laidOutK = t.k;
    laidOutX = t.x;
    shift = 0;
    marksGroup?.removeAttribute('transform');
    clustersGroup?.removeAttribute('transform');

    s.lanes.forEach((lane) => {
      const g = laneNodes.find((n) => n.dataset.kind === lane.kind);
      const rule = g?.querySelector('.lane__rule');
      rule?.setAttribute('x1', px(s.plot[0]));
      rule?.setAttribute('x2', px(s.plot[1]));
      rule?.setAttribute('y1', px(lane.baseline));
      rule?.setAttribute('y2', px(lane.baseline));
      const label = g?.querySelector('.lane__label');
      label?.setAttribute('x', px(s.plot[0]));
      label?.setAttribute('y', px(lane.top + 10));
    });
    drawAxes(s, t);

    // Marks and clusters.
    const shown = new Set<string>();
    const usedClusters = new Set<string>();
    itemEls = s.items.map((item) => {
      if (item.ids.length === 1) {
        const id = item.ids[0]!;
        const node = markNodes.get(id)!;
        shown.add(id);
        node.el.setAttribute('transform', `translate(${px(item.x)},${px(item.y)})`);
        if (node.range) node.range.setAttribute('width', px(Math.max(0, item.x1 - item.x0) + 2 * MARK_RADIUS));
        if (node.period) {
          node.period.setAttribute('x', px(item.x0 - item.x));
          node.period.setAttribute('width', px(item.x1 - item.x0));
        }
        return node.el;
      }
      const key = item.ids.join(' ');
      usedClusters.add(key);
      let el = clusterNodes.get(key);
      if (!el) {
        el = clusterElement(item);
        clusterNodes.set(key, el);
        clustersGroup?.appendChild(el);
      }
      el.setAttribute('transform', `translate(${px(item.x)},${px(item.y)})`);
      const half = (item.x1 - item.x0) / 2;
      const pill = el.firstElementChild!.nextElementSibling!;
      pill.setAttribute('x', px(-half));
      pill.setAttribute('width', px(2 * half));
      return el;
    });
    items = s.items;
    for (const [id, node] of markNodes) {
      const hide = !shown.has(id);
      if (hide === node.hidden) continue;
      node.hidden = hide;
      if (hide) node.el.setAttribute('hidden', '');
      else node.el.removeAttribute('hidden');
    }
    for (const [key, el] of clusterNodes) {
      if (usedClusters.has(key)) continue;
      el.remove();
      clusterNodes.delete(key);
    }
    if (usedClusters.size > 0) root.parentElement?.querySelector<HTMLElement>('[data-legend-cluster]')?.removeAttribute('hidden');

    markInView();
    const roving = rovingElement();
    setTabStop(roving);
    // A focused mark that just folded into a cluster hands focus to the cluster (and back when it comes apart).
    if (hadFocus && roving && document.activeElement !== roving) roving.focus({ preventScroll: true });
    if (hadFocus) showGuide();
  }

  /** Each segment's axis line and ticks, the breaks, and what the tests and the benchmark read: the transform and the time in view. */
  function drawAxes(s: Scene, t: ZoomTransform): void {
    svgNode.querySelector('.axes')?.setAttribute('transform', `translate(0,${px(s.axisY)})`);
    s.axes.forEach((axis, i) => {
      const g = axisNodes[i];
      if (!g) return;
      g.querySelector('.domain')?.setAttribute('d', `M${px(axis.range[0])},0.5H${px(axis.range[1])}`);
      const ticks = [...g.querySelectorAll<SVGGElement>('.tick')];
      axis.ticks.forEach((tick, j) => {
        const node = ticks[j] ?? g.appendChild(tickElement());
        node.setAttribute('transform', `translate(${px(tick.x)},0)`);
        const text = node.lastElementChild!;
        if (text.textContent !== tick.label) text.textContent = tick.label;
        if (text.getAttribute('text-anchor') !== tick.anchor) text.setAttribute('text-anchor', tick.anchor);
      });
      for (const extra of ticks.slice(axis.ticks.length)) extra.remove();
    });
    s.breaks.forEach((x, i) => breakNodes[i]?.setAttribute('transform', `translate(${px(x)},0)`));

    svgNode.dataset.transform = `translate(${px(t.x)},${px(t.y)}) scale(${Math.round(t.k * 1000) / 1000})`;
    svgNode.dataset.view = `${Math.round(s.view[0])} ${Math.round(s.view[1])}`;
  }

  /** Only one item is in the Tab order (writes only what changes: every write costs style work in a zoom frame). */
  function setTabStop(stop: Element | undefined): void {
    for (const el of itemEls) {
      const value = el === stop ? '0' : '-1';
      if (el.getAttribute('tabindex') !== value) el.setAttribute('tabindex', value);
    }
  }

  function tickElement(): SVGGElement {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'tick');
    const line = document.createElementNS(SVG_NS, 'line');
    line.setAttribute('y2', '5');
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('y', '8');
    text.setAttribute('dy', '0.71em');
    g.append(line, text);
    return g;
  }

  /** The same markup as the build's clusters (`clusterMarkup` in ./overviewSvg.ts). */
  function clusterElement(item: PlacedItem): SVGGElement {
    const r = MARK_RADIUS + 1;
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', `cluster cluster--${item.kind}`);
    g.setAttribute('role', 'button');
    g.setAttribute('tabindex', '-1');
    g.dataset.ids = item.ids.join(' ');
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = clusterLabel(item.ids.length, whenOf(item.ids[0]!), whenOf(item.ids[item.ids.length - 1]!), clusterForms, lang);
    const pill = document.createElementNS(SVG_NS, 'rect');
    pill.setAttribute('class', 'cluster__pill');
    pill.setAttribute('y', String(-r));
    pill.setAttribute('height', String(2 * r));
    pill.setAttribute('rx', String(r));
    const count = document.createElementNS(SVG_NS, 'text');
    count.setAttribute('class', 'cluster__count');
    count.setAttribute('dy', '0.35em');
    count.setAttribute('text-anchor', 'middle');
    count.textContent = item.ids.length.toLocaleString(lang);
    g.append(title, pill, count);
    return g;
  }

  const idsOf = (el: Element): string[] => (el instanceof SVGAElement ? [el.dataset.id ?? ''] : ((el as SVGElement).dataset.ids ?? '').split(' '));
  const itemIndexOf = (id: string): number => items.findIndex((item) => item.ids.includes(id));
  function rovingElement(): SVGElement | undefined {
    const i = itemIndexOf(rovingId);
    return itemEls[i >= 0 ? i : 0];
  }
  function itemOf(target: EventTarget | null): SVGElement | null {
    const el = (target as Element | null)?.closest?.('a.mark, g.cluster');
    return el && svgNode.contains(el) ? (el as SVGElement) : null;
  }
  const nameOfItem = (el: Element): string => el.querySelector('title')?.textContent ?? '';

  function markInView(): void {
    items.forEach((item, i) => {
      const el = itemEls[i];
      el?.classList.toggle('is-in-view', item.ids.some((id) => inView.has(id)));
      // While a search or filter is on, what it leaves out fades (a cluster only when none of its events match).
      el?.classList.toggle('is-unmatched', matched !== null && !item.ids.some((id) => matched!.has(id)));
    });
  }

  function showCaption(): void {
    if (!caption) return;
    const text = focusText || hoverText;
    if (caption.textContent !== text) caption.textContent = text;
  }

  function showGuide(): void {
    const i = itemIndexOf(rovingId);
    const item = items[i];
    if (!item || !scene || !svgNode.contains(document.activeElement)) {
      guide.setAttribute('visibility', 'hidden');
      return;
    }
    guide.setAttribute('x1', px(xOf(i)));
    guide.setAttribute('x2', px(xOf(i)));
    guide.setAttribute('y1', px(item.y + MARK_RADIUS + 2));
    guide.setAttribute('y2', px(scene.axisY));
    guide.setAttribute('visibility', 'visible');
  }

  // Moving the view: at once when the reader asked for reduced motion, else a short glide.
  let animation = 0;
  function setTransform(target: ZoomX, animate = true): void {
    const to = zoomIdentity.translate(target.x, 0).scale(target.k);
    const from = current();
    animation = 0;
    if (!animate || reducedMotion.matches) {
      behavior.transform(svg, to);
      return;
    }
    const token = (animation = performance.now());
    const mid = (plot[0] + plot[1]) / 2;
    // Glide the point in the middle of the view, with the scale changing geometrically.
    const c0 = (mid - from.x) / from.k;
    const c1 = (mid - to.x) / to.k;
    const step = (now: number) => {
      if (animation !== token) return;
      const p = Math.min(1, (now - token) / ANIMATION_MS);
      const e = p * (2 - p);
      const k = from.k * (to.k / from.k) ** e;
      const c = c0 + (c1 - c0) * e;
      behavior.transform(svg, zoomIdentity.translate(mid - c * k, 0).scale(k));
      if (p < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  /** Zooms by `factor` around x (the focused mark, else the middle of the view). */
  function zoomBy(factor: number, around?: number): void {
    const t = current();
    const k = Math.min(kMax, Math.max(1, t.k * factor));
    const p = around ?? (plot[0] + plot[1]) / 2;
    setTransform({ k, x: clampPan(p - ((p - t.x) * k) / t.k, k, plot) });
  }

  const panBy = (dx: number): void => setTransform({ k: current().k, x: clampPan(current().x + dx, current().k, plot) }, false);
  const fitAll = (): void => setTransform({ k: 1, x: 0 });

  /** Pans (at once) so that the item at index i is in view, with a sixth of the plot to spare: room to see what comes next. */
  function keepInView(i: number, margin = (plot[1] - plot[0]) / 6): void {
    const item = items[i];
    if (!item) return;
    const dx = panIntoView(xOf(i), plot, margin);
    if (dx !== 0) panBy(dx);
  }

  function focusItem(i: number): void {
    const el = itemEls[i];
    if (!el) return;
    rovingId = idsOf(el)[0]!;
    keepInView(i);
    // The pan re-rendered: the same events are still one item (panning never changes the clusters).
    rovingElement()?.focus({ preventScroll: true });
  }

  /** A cluster zooms to its members; one that can zoom no further (events of one instant) opens its first. */
  function openCluster(el: SVGElement): void {
    const ids = idsOf(el);
    const unzoomed = segmentScales(segments, ranges);
    let s0 = Infinity;
    let s1 = -Infinity;
    for (const m of marks) {
      if (!ids.includes(m.id)) continue;
      const seg = segments.findIndex((s) => m.start >= s.domain[0] && m.start <= s.domain[1]);
      const scale = unzoomed[Math.max(0, seg)]!;
      s0 = Math.min(s0, toX(scale, m.start));
      s1 = Math.max(s1, toX(scale, m.range ? m.end : (m.start + m.end) / 2));
    }
    const target = fitSpan([s0, s1], plot, { maxK: kMax, pad: 0.25 });
    rovingId = ids[0]!;
    if (target.k <= current().k * 1.01) {
      openEvent(ids[0]!);
      return;
    }
    setTransform(target, false);
    rovingElement()?.focus({ preventScroll: true });
  }

  /** Goes to an event's card, as its mark's link does, and puts focus there so Tab continues from it. */
  function openEvent(id: string): void {
    if (location.hash !== `#${id}`) location.hash = id;
    focusCard(id);
  }

  function focusCard(id: string): void {
    requestAnimationFrame(() => {
      const card = document.getElementById(id);
      if (!card) return;
      if (!card.hasAttribute('tabindex')) card.tabIndex = -1;
      card.focus({ preventScroll: true });
    });
  }

  svg.call(behavior);
  // d3-zoom zooms on double-click; on a mark that should just follow the link.
  svg.on('dblclick.zoom', null);

  layout(frame.width);
  const start = initialView(marks, segments, ranges, plot, { maxK: kMax });
  behavior.transform(svg, zoomIdentity.translate(start.x, 0).scale(start.k));
  // The Tab stop starts on the first event in view, so that tabbing in does not pan the opening view away.
  const firstInSight = items.find((_, i) => xOf(i) >= plot[0] && xOf(i) <= plot[1]);
  if (firstInSight) {
    rovingId = firstInSight.ids[0]!;
    render(current());
  }

  // Live: sticky, redrawn at its width, with its controls.
  root.dataset.live = '';
  svgNode.setAttribute('aria-describedby', 'overview-keys');
  root.querySelector<HTMLElement>('[data-zoom-controls]')?.removeAttribute('hidden');
  root.parentElement?.querySelector('[data-zoom-hint]')?.removeAttribute('hidden');

  root.querySelectorAll<HTMLButtonElement>('button[data-zoom]').forEach((button) => {
    button.addEventListener('click', () => {
      const action = button.dataset.zoom;
      if (action === 'in') zoomBy(STEP);
      else if (action === 'out') zoomBy(1 / STEP);
      else fitAll();
    });
  });

  root.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    const item = itemOf(event.target);
    if (item) {
      const next = rovingIndex(key, itemEls.indexOf(item), itemEls.length);
      if (next !== null) {
        event.preventDefault();
        focusItem(next);
        return;
      }
      if ((key === 'Enter' || key === ' ') && item.matches('g.cluster')) {
        event.preventDefault();
        openCluster(item);
        return;
      }
    }
    const focusedX = item ? xOf(itemEls.indexOf(item)) : undefined;
    if (key === '+' || key === '=') zoomBy(STEP, focusedX);
    else if (key === '-' || key === '_') zoomBy(1 / STEP, focusedX);
    else if (key === '0') fitAll();
    else if (!item && key === 'ArrowLeft') panBy(PAN);
    else if (!item && key === 'ArrowRight') panBy(-PAN);
    else return;
    event.preventDefault();
  });

  svgNode.addEventListener('click', (event) => {
    const item = itemOf(event.target);
    if (!item) return;
    if (item.matches('g.cluster')) {
      openCluster(item);
      return;
    }
    // The link goes to #id (the browser scrolls there, smoothly unless motion is reduced); focus follows.
    focusCard(item.dataset.id ?? '');
  });

  // Focus listeners go on the section, not the SVG: Chromium makes an SVG element with focus listeners a Tab stop of its own.
  root.addEventListener('focusin', (event) => {
    const item = itemOf(event.target);
    if (!item) return;
    const ids = idsOf(item);
    if (!ids.includes(rovingId)) rovingId = ids[0]!;
    setTabStop(item);
    focusText = nameOfItem(item);
    if (live && live.textContent !== focusText) live.textContent = focusText;
    showCaption();
    const i = itemEls.indexOf(item);
    if (i >= 0) keepInView(i);
    showGuide();
  });
  root.addEventListener('focusout', (event) => {
    if (svgNode.contains(event.relatedTarget as Node | null)) return;
    focusText = '';
    showCaption();
    guide.setAttribute('visibility', 'hidden');
  });
  svgNode.addEventListener('mouseover', (event) => {
    const item = itemOf(event.target);
    hoverText = item ? nameOfItem(item) : '';
    showCaption();
  });
  svgNode.addEventListener('mouseleave', () => {
    hoverText = '';
    showCaption();
  });

  document.addEventListener(MATCHES_EVENT, (event) => {
    const ids = (event as CustomEvent<MatchesDetail>).detail.ids;
    matched = ids ? new Set(ids) : null;
    markInView();
  });

  // Follow the reading: highlight the cards in view, pan to them when none is in sight, and put the Tab stop there.
  let stopWatching = (): void => {};
  let watchedInset = -1;
  const cards = [...document.querySelectorAll<HTMLElement>('li.event')].filter((li) => markNodes.has(li.id));
  function onInView(ids: string[]): void {
    inView = new Set(ids);
    markInView();
    if (ids.length === 0 || svgNode.contains(document.activeElement)) return;
    rovingId = ids[0]!;
    setTabStop(rovingElement());
    const visible = items.some((item, i) => item.ids.some((id) => inView.has(id)) && xOf(i) >= plot[0] && xOf(i) <= plot[1]);
    if (!visible) keepInView(itemIndexOf(ids[0]!), (plot[1] - plot[0]) / 4);
  }
  function watch(inset: number): void {
    if (Math.abs(inset - watchedInset) < 1) return;
    watchedInset = inset;
    stopWatching();
    stopWatching = watchInView(cards, onInView, inset);
  }

  // The sticky overview covers the top of the page: anchors land below it, and cards under it are not "in view".
  const stuck = (): void => {
    const height = root.getBoundingClientRect().height;
    // Written only when it changes: a style change on <html> lays out and repaints the whole (long) page.
    const padding = `${Math.ceil(height) + 8}px`;
    if (document.documentElement.style.scrollPaddingTop !== padding) document.documentElement.style.scrollPaddingTop = padding;
    watch(height);
  };
  stuck();
  let lastWidth = frame.width;
  new ResizeObserver(() => {
    const width = frameNode.clientWidth;
    if (width > 0 && Math.abs(width - lastWidth) >= 1) {
      // Keep the middle of the view where it was, at the same zoom.
      const t = current();
      const [p0, p1] = plot;
      const fraction = (((p0 + p1) / 2 - t.x) / t.k - p0) / (p1 - p0);
      lastWidth = width;
      layout(width);
      const centre = plot[0] + fraction * (plot[1] - plot[0]);
      setTransform({ k: t.k, x: clampPan((plot[0] + plot[1]) / 2 - centre * t.k, t.k, plot) }, false);
    }
    stuck();
  }).observe(root);

  return { zoomBy, panBy, fitAll, transform: current };
}
