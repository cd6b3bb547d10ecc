import type { MeanScores } from './meanScores.ts';

/** What we must beat the baseline by: 0.05 Date-F1 (absolute), 1.25× its ROUGE-1 F. */
export const DATE_F1_MARGIN = 0.05;
export const ROUGE_FACTOR = 1.25;

/** The last line of the benchmark: mean scores, and the bar each must clear. */
export function formatVerdict(m: MeanScores): string {
  const f = (x: number): string => x.toFixed(3);
  const dateOk = m.ours.dateF1 >= m.baseline.dateF1 + DATE_F1_MARGIN;
  const rougeOk = m.ours.f >= ROUGE_FACTOR * m.baseline.f;
  return (
    `Date-F1 ours ${f(m.ours.dateF1)} vs baseline ${f(m.baseline.dateF1)} (need ≥ ${f(m.baseline.dateF1 + DATE_F1_MARGIN)}: ${dateOk ? 'met' : 'not met'}); ` +
    `ROUGE-1 ours ${f(m.ours.f)} vs baseline ${f(m.baseline.f)} (need ≥ ${f(ROUGE_FACTOR * m.baseline.f)}: ${rougeOk ? 'met' : 'not met'})`
  );
}
