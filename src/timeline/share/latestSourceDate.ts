/**
 * When the story was last updated: the latest publication date among its
 * articles (ISO, cut to its precision). It stands for schema.org's
 * dateModified rather than the build time, so the same articles give the
 * same pages. Undefined when no article has a date.
 */
import type { Source } from '../../pipeline/schema';
import { isoStart } from '../dates';

export function latestSourceDate(sources: readonly Pick<Source, 'published'>[]): string | undefined {
  let latest: { date: string; at: number } | undefined;
  for (const source of sources) {
    const date = source.published?.date;
    if (!date) continue;
    // By when each date starts, so a vague "2019-04" never outranks a known 2019-04-09; the more precise form wins a tie.
    const at = isoStart(date).getTime();
    if (!latest || at > latest.at || (at === latest.at && date.length > latest.date.length)) latest = { date, at };
  }
  return latest?.date;
}
