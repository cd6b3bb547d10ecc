/**
 * The ticks of one axis segment, in pixels at the current zoom, for the part
 * of it in view: about one per `spacing` px on calendar boundaries, labelled
 * in the page's language. The first tick in view and the first of each new
 * year carry the year; a label that would run into the one before is left
 * out; labels at the edges are anchored inwards so they are not cut. A
 * single-period segment (1979 in a 2021 story) gets its period as one label.
 */
import { DAY, toTime, toX, type Segment, type TimeScale } from '../layout';
import { tickLabel } from './tickLabel';
import { tickTimes, type TickUnit } from './tickTimes';

export interface Tick {
  t: number;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** Average advance of an 11 px label character (Latin and Cyrillic), to tell when labels would collide. */
export const LABEL_CHAR_WIDTH = 6.5;
const LABEL_GAP = 10;

/**
 * `after`: where the previous segment's last label ends, so that labels do
 * not collide across an axis break either (the year then goes on this
 * segment's first label that is kept).
 */
export function axisTicks(segment: Segment, scale: TimeScale, visible: [number, number], lang: string, spacing = 110, after = -Infinity): Tick[] {
  const r0 = Math.max(Math.min(...scale.range), visible[0]);
  const r1 = Math.min(Math.max(...scale.range), visible[1]);
  if (r1 - r0 < 1) return [];
  if (segment.single) {
    const [t0, t1] = segment.domain;
    const label = tickLabel(t0, periodUnit(t1 - t0), lang, true);
    const tick = withAnchor({ t: t0, x: (r0 + r1) / 2, label }, [r0, r1]);
    return labelExtent(tick)[0] < after + LABEL_GAP ? [] : [tick];
  }
  const plan = tickTimes(toTime(scale, r0), toTime(scale, r1), Math.max(1, Math.floor((r1 - r0) / spacing)));
  const ticks: Tick[] = [];
  let lastRight = after;
  let lastYear: number | null = null;
  for (const t of plan.times) {
    const year = new Date(t).getUTCFullYear();
    const label = tickLabel(t, plan.unit, lang, plan.unit !== 'year' && year !== lastYear);
    const tick = withAnchor({ t, x: toX(scale, t), label }, [r0, r1]);
    const [left, right] = labelExtent(tick);
    if (left < lastRight + LABEL_GAP) continue;
    ticks.push(tick);
    lastRight = right;
    lastYear = year;
  }
  return ticks;
}

/** How a period of this length is named: a year, a month, a day, or a time. */
function periodUnit(length: number): TickUnit {
  if (length >= 365 * DAY) return 'year';
  if (length >= 28 * DAY) return 'month';
  if (length >= DAY) return 'day';
  return 'minute';
}

function labelWidth(label: string): number {
  return label.length * LABEL_CHAR_WIDTH;
}

function withAnchor(tick: Omit<Tick, 'anchor'>, [r0, r1]: [number, number]): Tick {
  const half = labelWidth(tick.label) / 2;
  const anchor = tick.x - half < r0 ? 'start' : tick.x + half > r1 ? 'end' : 'middle';
  return { ...tick, anchor };
}

/** Where a tick's label starts and ends, in pixels (estimated from its length). */
export function labelExtent(tick: Tick): [number, number] {
  const w = labelWidth(tick.label);
  if (tick.anchor === 'start') return [tick.x, tick.x + w];
  if (tick.anchor === 'end') return [tick.x - w, tick.x];
  return [tick.x - w / 2, tick.x + w / 2];
}
