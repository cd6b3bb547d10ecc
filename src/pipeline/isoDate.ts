/**
 * The one rule for ISO 8601 dates cut to their precision ("2014", "2023-03",
 * "2019-05-04", "2019-05-04T10:00+03:00"), as the contract writes them.
 */

/** The day of a date cut to a day or finer: "2019-05-04T10:00+03:00" → "2019-05-04". */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** The first day a cut date covers: 2023 → 2023-01-01, 2023-03 → 2023-03-01. */
export const firstDay = (iso: string): string => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : dayOf(iso));

/** The last day a cut date covers: 2023 → 2023-12-31, 2023-02 → 2023-02-28, 2024-02 → 2024-02-29. */
export function lastDay(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) {
    const [year, month] = iso.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${iso}-${String(days).padStart(2, '0')}`;
  }
  return dayOf(iso);
}
