import { tagTemporalExpressions } from './tagTemporalExpressions';
import type { TemporalExpression } from './types';

/** Any day will do: absolute expressions do not depend on it, and the others are left out. */
const ANY_DAY = '2000-01-01';

/**
 * The temporal expressions of a text whose values hold whatever its
 * publication date ("on 9 March 2024", "in March 2023", "in 2014", "the next
 * day" after such a date): what an article that states no date still dates.
 */
export function absoluteExpressions(text: string, language?: string): TemporalExpression[] {
  return tagTemporalExpressions(text, { published: ANY_DAY, language }).filter((e) => e.absolute === true);
}
