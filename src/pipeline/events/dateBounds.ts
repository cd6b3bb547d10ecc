/** The first and last day an ISO date cut to any precision covers: 2023 → 2023-01-01 … 2023-12-31. */
export const firstDay = (iso: string): string => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso.slice(0, 10));

/** Months end on "-31" whatever their length: the bound only needs to sort after every day of the month. */
export const lastDay = (iso: string): string => (iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso.slice(0, 10));
