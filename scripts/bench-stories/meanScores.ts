import type { StoryResult } from './runStory.ts';

/** The means over stories of everything the table shows (each story weighs the same: macro averages). */
export interface MeanScores {
  stories: number;
  articles: number;
  goldDays: number;
  ours: { dateF1: number; p: number; r: number; f: number };
  baseline: { dateF1: number; p: number; r: number; f: number };
  oursMs: number;
  peakRssBytes: number;
  events: number;
  keyEvents: number;
}

export function meanScores(results: readonly StoryResult[]): MeanScores {
  const n = results.length;
  const mean = (get: (r: StoryResult) => number): number => (n ? results.reduce((sum, r) => sum + get(r), 0) / n : NaN);
  const system = (which: 'ours' | 'baseline') => ({
    dateF1: mean((r) => r[which].dateF1),
    p: mean((r) => r[which].rouge1.p),
    r: mean((r) => r[which].rouge1.r),
    f: mean((r) => r[which].rouge1.f),
  });
  return {
    stories: n,
    articles: mean((r) => r.articles),
    goldDays: mean((r) => r.goldDays),
    ours: system('ours'),
    baseline: system('baseline'),
    oursMs: mean((r) => r.oursMs),
    peakRssBytes: mean((r) => r.peakRssBytes),
    events: mean((r) => r.events),
    keyEvents: mean((r) => r.keyEvents),
  };
}
