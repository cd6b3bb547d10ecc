/** An event's date as a reader should take it, in the page's language. */
import type { TimelineEvent } from '../pipeline/schema';
import { formatIso, formatRange, isRange, rangeDash } from './dates';
import { fill, type Strings } from './strings';

/** "25 June 2024", "9–11 July 2024", "28 June – 3 July 2024". */
export function dateLabel(event: Pick<TimelineEvent, 'date'>, lang = 'en'): string {
  if (isRange(event.date)) {
    const [a, b] = formatRange(event.date.start, event.date.end, lang);
    return `${a}${rangeDash(a)}${b}`;
  }
  return formatIso(event.date.start, lang);
}

/** "reported 25 June 2024" when the date is only the day the news was published. */
export function honestDateLabel(event: Pick<TimelineEvent, 'date'>, t: Strings): string {
  const label = dateLabel(event, t.lang);
  return event.date.basis === 'publication' ? fill(t.reportedOn, { date: label }) : label;
}
