/** A TimelineJS3 date object: numbers, as its JSON format documents them; only `year` is required. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/**
 * An ISO date cut to its precision as a TimelineJS3 date: the parts it
 * states and no others (TimelineJS3 shows a year-only date as a year).
 * TimelineJS3 has no time zones: a time keeps its wall-clock hour and
 * minute, as the articles told it.
 */
export function timelineJsDate(iso: string): TimelineJsDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!m) return { year: Number(iso.slice(0, 4)) };
  const [, year, month, day, hour, minute] = m;
  return {
    year: Number(year),
    ...(month ? { month: Number(month) } : {}),
    ...(day ? { day: Number(day) } : {}),
    ...(hour ? { hour: Number(hour), minute: Number(minute) } : {}),
  };
}
