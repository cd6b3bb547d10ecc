import { DateTime } from 'luxon';
import type { Published } from '../schema.ts';

/** Printed news begins in the 1600s: an earlier publication year is a typo, and would send date inference back centuries. */
const EARLIEST_PUBLICATION_YEAR = 1600;
/** The furthest UTC offsets in use are −12:00 and +14:00 (Kiribati); a larger one is a typo. */
const MAX_UTC_OFFSET_HOURS = 14;

/**
 * A publication date given as a fact (front matter, sources.yaml, meta tag):
 * a YAML date, an ISO date or an ISO timestamp. Undefined when it is none of these,
 * or a calendar day that does not exist (2024-02-30), or before printed news.
 */
export function parsePublished(value: unknown, basis: string): Published | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    if (value.getUTCFullYear() < EARLIEST_PUBLICATION_YEAR) return undefined;
    return { date: value.toISOString().slice(0, 10), precision: 'day', inferred: false, basis };
  }
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, zone] = match;
  if (Number(year) < EARLIEST_PUBLICATION_YEAR) return undefined;
  if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > MAX_UTC_OFFSET_HOURS || Number(zone.slice(-2)) > 59)) return undefined;
  // Reject calendar nonsense such as 2024-13-45 or 25:00.
  if (!DateTime.fromISO(`${year}-${month ?? '01'}-${day ?? '01'}T${hour ?? '00'}:${minute ?? '00'}`).isValid) return undefined;
  if (!month) return { date: year!, precision: 'year', inferred: false, basis };
  if (!day) return { date: `${year}-${month}`, precision: 'month', inferred: false, basis };
  if (!hour) return { date: `${year}-${month}-${day}`, precision: 'day', inferred: false, basis };
  const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return { date: `${year}-${month}-${day}T${hour}:${minute}${offset}`, precision: 'minute', inferred: false, basis };
}
