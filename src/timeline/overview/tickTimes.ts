/**
 * Where the axis ticks go between two instants: about `count` of them, on
 * calendar boundaries in UTC (the overview's time zone): whole minutes and
 * hours, days (odd days of the month for every other day), Mondays,
 * months (quarters), years (by 2, 5, 10… for long spans). Returns the unit,
 * which says how a tick is labelled.
 */
export type TickUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const LENGTH: Record<TickUnit, number> = { minute: MINUTE, hour: HOUR, day: DAY, week: 7 * DAY, month: 30.44 * DAY, year: 365.25 * DAY };

/** Steps tried in turn, from fine to coarse; years go on doubling, fives and tens past the last. */
const STEPS: [TickUnit, number][] = [
  ['minute', 1], ['minute', 5], ['minute', 15], ['minute', 30],
  ['hour', 1], ['hour', 3], ['hour', 6], ['hour', 12],
  ['day', 1], ['day', 2], ['week', 1], ['month', 1], ['month', 3],
  ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 20], ['year', 50], ['year', 100],
];

export interface TickPlan {
  unit: TickUnit;
  step: number;
  times: number[];
}

export function tickTimes(t0: number, t1: number, count: number): TickPlan {
  const wanted = (t1 - t0) / Math.max(1, count);
  // The step nearest the wanted one (by ratio, as d3's time ticks choose), so the count is roughly kept either way.
  const [unit, nearest] = STEPS.reduce((best, candidate) => (distance(candidate, wanted) < distance(best, wanted) ? candidate : best));
  let step = nearest;
  // Very long spans: 200, 500, 1000… years.
  while (unit === 'year' && LENGTH.year * step * 1.5 < wanted) step *= String(step)[0] === '2' ? 2.5 : 2;
  return { unit, step, times: t1 < t0 ? [] : times(unit, step, t0, t1) };
}

function distance([unit, step]: [TickUnit, number], wanted: number): number {
  return Math.abs(Math.log((LENGTH[unit] * step) / wanted));
}

function times(unit: TickUnit, step: number, t0: number, t1: number): number[] {
  const out: number[] = [];
  const start = new Date(t0);
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  const d = start.getUTCDate();
  switch (unit) {
    case 'minute':
    case 'hour': {
      // UTC has no daylight saving: fixed-length steps from the epoch fall on whole minutes and hours.
      const size = LENGTH[unit] * step;
      for (let t = Math.ceil(t0 / size) * size; t <= t1; t += size) out.push(t);
      return out;
    }
    case 'day':
      // Day 1, 1 + step… of each month, as a calendar prints them.
      for (let t = Date.UTC(y, m, d); t <= t1; t += DAY) {
        if (t >= t0 && (new Date(t).getUTCDate() - 1) % step === 0) out.push(t);
      }
      return out;
    case 'week': {
      const monday = Date.UTC(y, m, d) - ((start.getUTCDay() + 6) % 7) * DAY;
      for (let t = monday; t <= t1; t += 7 * DAY) if (t >= t0) out.push(t);
      return out;
    }
    case 'month':
      for (let k = m - (m % step); ; k += step) {
        const t = Date.UTC(y, k, 1);
        if (t > t1) return out;
        if (t >= t0) out.push(t);
      }
    case 'year':
      for (let year = Math.floor(y / step) * step; ; year += step) {
        const t = yearStart(year);
        if (t > t1) return out;
        if (t >= t0) out.push(t);
      }
  }
}

/** 1 January of a year, years 0–99 included (Date.UTC would read them as 1900–1999). */
function yearStart(year: number): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year);
  return d.getTime();
}
