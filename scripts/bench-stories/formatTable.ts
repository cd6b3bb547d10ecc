import { seconds } from '../bench/table.ts';
import type { Measured } from './measureStory.ts';
import { meanScores } from './meanScores.ts';

const score = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '—');
const mb = (bytes: number): string => (Number.isFinite(bytes) ? (bytes / 1024 / 1024).toFixed(0) : '—');
const one = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '—');

const HEADER = [
  'story', 'articles', 'gold days l',
  'ours Date-F1', 'ours R-1 P', 'ours R-1 R', 'ours R-1 F',
  'baseline Date-F1', 'baseline R-1 P', 'baseline R-1 R', 'baseline R-1 F',
  'ours (s)', 'peak RSS (MB)', 'events', 'key events',
];

/** The Markdown table: one row per story (or why it has none), then the means over the stories that ran. */
export function formatTable(measured: readonly Measured[]): string {
  const rows = measured.map((m) => {
    if (!('result' in m)) return [m.story, m.problem, ...HEADER.slice(2).map(() => '—')];
    const r = m.result;
    return [
      r.story, String(r.articles), String(r.goldDays),
      score(r.ours.dateF1), score(r.ours.rouge1.p), score(r.ours.rouge1.r), score(r.ours.rouge1.f),
      score(r.baseline.dateF1), score(r.baseline.rouge1.p), score(r.baseline.rouge1.r), score(r.baseline.rouge1.f),
      seconds(r.oursMs), mb(r.peakRssBytes), String(r.events), String(r.keyEvents),
    ];
  });
  const m = meanScores(measured.flatMap((x) => ('result' in x ? [x.result] : [])));
  rows.push([
    `**mean of ${m.stories}**`, one(m.articles), one(m.goldDays),
    score(m.ours.dateF1), score(m.ours.p), score(m.ours.r), score(m.ours.f),
    score(m.baseline.dateF1), score(m.baseline.p), score(m.baseline.r), score(m.baseline.f),
    seconds(m.oursMs), mb(m.peakRssBytes), one(m.events), one(m.keyEvents),
  ]);
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(HEADER), line(HEADER.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
