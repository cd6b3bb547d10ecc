import { DateTime } from 'luxon';
import type { TemporalExpression } from './types';
import { dayValue, pad } from './calendar';

export interface CalendarInterval {
  start: string;
  end: string;
  precision: 'year' | 'month' | 'day' | 'minute';
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/**
 * The calendar interval a DATE/TIME denotes, cut to what an event date can carry:
 * weeks become days, quarters/halves/seasons become months, decades/centuries years.
 * Null for durations, sets, PRESENT_REF-style values and anything unresolved.
 */
export function timexToInterval(expr: TemporalExpression): CalendarInterval | null {
  if (expr.type !== 'DATE' && expr.type !== 'TIME') return null;
  const v = expr.value;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(v))) {
    const offset = m[6] ?? expr.zone;
    const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${offset === 'Z' ? '+00:00' : offset ?? ''}`;
    return { start: iso, end: iso, precision: 'minute' };
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})(?:T(?:MO|AF|EV|NI|DT))?$/.exec(v))) {
    const end = expr.endValue && /^\d{4}-\d{2}-\d{2}$/.test(expr.endValue) ? expr.endValue : m[1]!;
    return { start: m[1]!, end, precision: 'day' };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) {
    const monday = DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 }, { zone: 'utc' });
    if (!monday.isValid) return null;
    const first = m[3] ? monday.plus({ days: 5 }) : monday;
    return { start: dayValue(first), end: dayValue(monday.plus({ days: 6 })), precision: 'day' };
  }
  if (/^\d{4}-\d{2}$/.test(v)) return { start: v, end: v, precision: 'month' };
  if ((m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(v))) {
    const year = Number(m[1]);
    const code = m[2]!;
    const [a, last] = code.startsWith('Q') ? [Number(code[1]) * 3 - 2, Number(code[1]) * 3] : code.startsWith('H') ? [Number(code[1]) * 6 - 5, Number(code[1]) * 6] : SEASON_MONTHS[code]!;
    const endYear = last > 12 ? year + 1 : year;
    const b = last > 12 ? last - 12 : last;
    return { start: `${pad(year, 4)}-${pad(a)}`, end: `${pad(endYear, 4)}-${pad(b)}`, precision: 'month' };
  }
  if (/^\d{4}$/.test(v)) return { start: v, end: expr.endValue && /^\d{4}$/.test(expr.endValue) && expr.endValue > v ? expr.endValue : v, precision: 'year' };
  if (/^\d{3}$/.test(v)) return { start: `${v}0`, end: `${v}9`, precision: 'year' };
  if (/^\d{2}$/.test(v)) return { start: `${v}00`, end: `${v}99`, precision: 'year' };
  return null;
}
