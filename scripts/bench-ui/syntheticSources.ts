/**
 * The articles of a synthetic story, as the contract's sources: published
 * over the story's core months and aftermath (coverage follows events, a
 * day or two behind), from a pool of outlets, a few with no URL or an
 * inferred date.
 */
import { pick, randInt, type Random } from '../bench/prng.ts';
import type { Source } from '../../src/pipeline/schema.ts';
import { isoDay } from './syntheticDate.ts';
import { DAY_MS, storyDay, type StoryShape } from './syntheticStory.ts';
import { headline, OUTLETS, slug } from './syntheticText.ts';

export interface DatedSource {
  source: Source;
  /** Publication day (UTC midnight, ms). */
  publishedOn: number;
}

/** `count` sources, sorted by publication day (then id), so a date range is an index range. */
export function syntheticSources(random: Random, count: number, story: StoryShape): DatedSource[] {
  const used = new Set<string>();
  const list: DatedSource[] = [];
  for (let i = 0; i < count; i++) {
    const happened = Math.max(storyDay(random, story), story.coreStart);
    const publishedOn = happened + randInt(random, 0, 2) * DAY_MS;
    const outlet = pick(random, OUTLETS);
    const title = headline(random, []);
    const base = `${slug(outlet, 2)}-${isoDay(publishedOn)}-${slug(title, 3)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const inferred = random() < 0.04;
    list.push({
      publishedOn,
      source: {
        id,
        file: `${String(i).padStart(4, '0')}_${slug(title, 2)}.${pick(random, ['txt', 'txt', 'md', 'html'])}`,
        title,
        outlet,
        url: random() < 0.85 ? `https://${slug(outlet, 2)}.example.org/${isoDay(publishedOn).replaceAll('-', '/')}/${slug(title, 5)}` : null,
        author: random() < 0.6 ? `${pick(random, ['A.', 'J.', 'M.', 'K.', 'S.'])} ${pick(random, ['Reyes', 'Holm', 'Baker', 'Ionescu', 'Park'])}` : null,
        language: 'en',
        published: inferred
          ? { date: isoDay(publishedOn), precision: 'day', inferred: true, basis: 'inferred from the dates it shares with other articles' }
          : { date: isoDay(publishedOn), precision: 'day', inferred: false, basis: pick(random, ['dateline', 'dateline', 'front-matter', 'sources.yaml']) },
      },
    });
  }
  return list.sort((a, b) => a.publishedOn - b.publishedOn || (a.source.id < b.source.id ? -1 : 1));
}

/** Index of the first source published on or after `ms` (sources sorted by day). */
export function firstPublishedFrom(sources: readonly DatedSource[], ms: number): number {
  let lo = 0;
  let hi = sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sources[mid]!.publishedOn < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
