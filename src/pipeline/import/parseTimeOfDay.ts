/**
 * A time of day as TimelineJS3's sheet accepts it ("9:30", "09.30", "0930",
 * "9:30 PM", "9 a.m.", seconds ignored) as `HH:MM`, or undefined when it is
 * not one (hour past 23, minute past 59, other words).
 */
export function parseTimeOfDay(value: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2})(?:[:.]\d+)?)?|(\d{2}))?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, h, separated, , run, period] = m;
  let hour = Number(h);
  const minute = Number(separated ?? run ?? 0);
  if (period) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/p/i.test(period) ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
