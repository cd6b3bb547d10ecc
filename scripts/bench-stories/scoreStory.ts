import type { GoldTimeline } from './readGoldTimeline.ts';
import type { RankedDay } from './rankedDay.ts';
import { dateF1 } from './dateF1.ts';
import { rougeOne, type PRF } from './rougeOne.ts';

export interface StoryScores {
  /** l: the number of distinct gold days; each system is cut to its top l days. */
  goldDays: number;
  dateF1: number;
  rouge1: PRF;
}

/** Scores a system's ranked days against the gold: its top l days, l the gold's number of days. */
export function scoreStory(ranked: readonly RankedDay[], gold: GoldTimeline): StoryScores {
  const l = gold.days.size;
  const top = ranked.slice(0, l);
  return {
    goldDays: l,
    dateF1: dateF1(top.map((d) => d.day), gold.days.keys()),
    rouge1: rougeOne(new Map(top.map((d) => [d.day, d.text])), gold.days),
  };
}
