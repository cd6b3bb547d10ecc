/**
 * The moment an ISO 8601 date cut to its precision begins, in milliseconds
 * since the epoch. A date or time with no zone is read as UTC, never as the
 * build machine's local time, so the same data gives the same instant anywhere.
 */
export function isoInstant(iso: string): number {
  const zoned = /T\d{2}:\d{2}(:\d{2})?$/.test(iso) ? `${iso}Z` : iso;
  return Date.parse(zoned);
}
