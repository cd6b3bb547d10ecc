import type { DateTime } from 'luxon';
import { dayValue, pad } from './calendar';
import { zoneOffset } from './patterns';

/**
 * TIMEX3 value of a clock time on a day, and its zone. UTC is written into the value
 * ("T16:15Z", as MEANTIME writes it); a local zone stays beside the local clock time
 * ("5 p.m. EST" → "T17:00" and "-05:00", as TimeBank writes it), so event dates still carry it.
 */
export function clockValue(date: DateTime, hour: number, minute: number, zoneName: string | undefined): { value: string; zone?: string } {
  const value = `${dayValue(date)}T${pad(hour)}:${pad(minute)}`;
  const zone = zoneOffset(zoneName, date.set({ hour: hour % 24, minute }));
  if (zone === 'Z') return { value: `${value}Z` };
  return zone ? { value, zone } : { value };
}
