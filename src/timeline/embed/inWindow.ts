/**
 * Whether an event's dates meet a from/to window (either end may be open).
 * Dates are compared as text at day precision, which ISO 8601 allows: a
 * year or month stands for its first day as a start and its last as an
 * end, so an event dated "2024-03" is inside from=2024-03-15, and a window
 * ending 2024-03 keeps 2024-03-31.
 */
const day = (iso: string, end: boolean): string => {
  const cut = iso.slice(0, 10);
  if (cut.length === 4) return `${cut}${end ? '-12-31' : '-01-01'}`;
  // "31" is past every month's last day, which is all a text comparison needs.
  if (cut.length === 7) return `${cut}${end ? '-31' : '-01'}`;
  return cut;
};

export function inWindow(start: string, end: string | undefined, from: string | null, to: string | null): boolean {
  if (from && day(end ?? start, true) < day(from, false)) return false;
  if (to && day(start, false) > day(to, true)) return false;
  return true;
}
