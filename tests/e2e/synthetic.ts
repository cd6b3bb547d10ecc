/**
 * The e2e fixture's synthetic timeline: 1,500 events, 100 of them key, told
 * by 300 articles (more key events and articles than the pipeline's rule
 * would give, so that the page has every kind of card in quantity). The
 * generator itself is scripts/bench-ui/syntheticTimeline.ts, shared with
 * `npm run bench:ui` and the page-weight budgets.
 */
import type { Timeline } from '../../src/pipeline/schema';
import { syntheticTimeline as generate } from '../../scripts/bench-ui/syntheticTimeline.ts';

export function syntheticTimeline({ events = 1500, key = 100, sources = 300, seed = 7 } = {}): Timeline {
  return generate({ events, key, sources, seed });
}
