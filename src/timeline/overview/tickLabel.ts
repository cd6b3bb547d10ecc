/**
 * An axis tick's label in the page's language, through Intl (month names
 * and word order come from the language; UTC, as the axis): "Jun", "25 Jun",
 * "14:00", "2024"; with `withYear` (the first tick in view, or the first of a
 * new year) "Jun 2024", "25 Jun 2024", "25 Jun 2024, 14:00", so the year
 * never drops out of sight after zooming in. Russian: "25 июн.", Ukrainian
 * "25 черв. 2024 р.". A tick at midnight on an hourly axis names its day.
 */
import type { TickUnit } from './tickTimes';

type Shape = 'month' | 'monthYear' | 'day' | 'dayYear' | 'time' | 'timeYear';

const OPTIONS: Record<Shape, Intl.DateTimeFormatOptions> = {
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  timeYear: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: string, shape: Shape): Intl.DateTimeFormat {
  const key = `${lang}|${shape}`;
  let f = formats.get(key);
  if (!f) {
    // English dates read day first, as the rest of the page writes them ("25 June 2024").
    const locale = lang.toLowerCase().split(/[-_]/)[0] === 'en' ? 'en-GB' : lang;
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...OPTIONS[shape] });
    formats.set(key, f);
  }
  return f;
}

export function tickLabel(time: number, unit: TickUnit, lang: string, withYear: boolean): string {
  const date = new Date(time);
  switch (unit) {
    case 'year':
      // Plain digits: Intl would add "г." / "р." to a lone year, and axis years need no words.
      return String(date.getUTCFullYear());
    case 'month':
      return format(lang, withYear ? 'monthYear' : 'month').format(date);
    case 'week':
    case 'day':
      return format(lang, withYear ? 'dayYear' : 'day').format(date);
    case 'hour':
    case 'minute':
      if (time % 86_400_000 === 0) return format(lang, withYear ? 'dayYear' : 'day').format(date);
      return format(lang, withYear ? 'timeYear' : 'time').format(date);
  }
}
