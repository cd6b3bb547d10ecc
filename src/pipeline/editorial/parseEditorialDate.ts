import type { Precision } from '../schema.ts';
import type { EditorialDate } from './types.ts';

/** The furthest UTC offsets in use are −12:00 and +14:00 (Kiribati); a larger one is a typo. */
const MAX_UTC_OFFSET_HOURS = 14;

const ISO_CUT = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** `2023`, `2023-11`, `2023-11-07`, `2023-11-07T09:30+01:00`, or `start/end` with one precision. */
export function parseEditorialDate(value: string): EditorialDate | undefined {
  const [start, end, extra] = value.split('/').map((s) => s.trim());
  if (extra !== undefined || !start) return undefined;
  const precision = precisionOf(start);
  if (!precision) return undefined;
  if (end === undefined) return { start, precision };
  if (precisionOf(end) !== precision || end < start) return undefined;
  return end === start ? { start, precision } : { start, end, precision };
}

function precisionOf(iso: string): Precision | undefined {
  const m = ISO_CUT.exec(iso);
  if (!m) return undefined;
  const [, , month, day, hour, minute, second] = m;
  if (month !== undefined && (+month < 1 || +month > 12)) return undefined;
  if (day !== undefined) {
    const days = new Date(Date.UTC(+m[1]!, +month!, 0)).getUTCDate();
    if (+day < 1 || +day > days) return undefined;
  }
  if (hour !== undefined && (+hour > 23 || +minute! > 59 || (second !== undefined && +second > 59))) return undefined;
  const zone = m[7];
  if (zone && zone !== 'Z' && (+zone.slice(1, 3) > MAX_UTC_OFFSET_HOURS || +zone.slice(4) > 59)) return undefined;
  return hour !== undefined ? 'minute' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
}
