import * as chrono from 'chrono-node';
import type { Published } from '../schema.ts';
import { primaryLanguage } from '../text/primaryLanguage.ts';

export interface Dateline {
  published: Published;
  /** The line's text with the date (and its label or weekday) taken out. */
  rest: string;
}

const label = /(?:(?<![\p{L}])(?:date|published|posted|updated|дата|опубликовано|опубліковано)\s*:?\s*|(?:(?<![\p{L}])|(?<=\p{Ll}))(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя)(?![\p{L}]),?\s*)$/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The publication date stated in a header line ("date 2023-11-07",
 * "Friday, 12 July 2024, 19:50"): a full date with its year, alone enough
 * to date the article. Relative or yearless dates are not datelines.
 */
export function findDateline(line: string, language = 'en'): Dateline | undefined {
  const primary = primaryLanguage(language);
  const locale = (chrono as unknown as Record<string, { strict?: chrono.Chrono } | undefined>)[primary]?.strict;
  const parsers = locale && primary !== 'en' ? [locale, chrono.strict] : [chrono.strict];
  // The year must be written out: a relative phrase ("in one day") is never a dateline.
  const result = parsers
    .flatMap((parser) => parser.parse(line, new Date(Date.UTC(2000, 0, 1))))
    .find((r) => /\d{4}/.test(r.text) && r.start.isCertain('year') && r.start.isCertain('day'));
  if (!result) return undefined;
  const year = result.start.get('year')!;
  const month = result.start.get('month')!;
  const day = result.start.get('day')!;
  let date = `${year}-${pad(month)}-${pad(day)}`;
  let precision: Published['precision'] = 'day';
  if (result.start.isCertain('hour')) {
    date += `T${pad(result.start.get('hour')!)}:${pad(result.start.get('minute') ?? 0)}`;
    const offset = result.start.isCertain('timezoneOffset') ? result.start.get('timezoneOffset') : null;
    if (offset !== null && offset !== undefined) {
      const sign = offset < 0 ? '-' : '+';
      date += `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    }
    precision = 'minute';
  }
  const lead = result.text.length - result.text.trimStart().length;
  const before = line.slice(0, result.index + lead).replace(label, '');
  const after = line.slice(result.index + result.text.length);
  const rest = `${before} ${after}`.replace(/\s+/g, ' ').replace(/^[\s,;|–—-]+|[\s,;|–—-]+$/g, '');
  return { published: { date, precision, inferred: false, basis: 'dateline' }, rest };
}
