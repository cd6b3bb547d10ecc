import type { FrameStats, UiRow } from './uiRow.ts';

const kb = (bytes: number | undefined): string => (bytes === undefined ? '—' : (bytes / 1000).toFixed(1));
const mb = (bytes: number | undefined): string => (bytes === undefined ? '—' : (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1));
const secondsText = (s: number | undefined, digits = 2): string => (s === undefined || !Number.isFinite(s) ? '—' : s.toFixed(digits));
const frameText = (f: FrameStats | undefined): string => (f ? `${f.p50.toFixed(1)} / ${f.p95.toFixed(1)}` : '—');
const count = (n: number | undefined): string => (n === undefined ? '—' : n.toLocaleString('en-US'));

/**
 * The benchmark's Markdown table, one row per size. Kilobytes are 1,000
 * bytes, as in the budgets; "—" is a figure that could not be measured
 * (the problems are listed under the table).
 */
export function uiTable(rows: readonly UiRow[]): string {
  const header = [
    'events', 'key', 'articles', 'build (s)', 'dist (MB)', 'dist files',
    'HTML gz (KB)', 'JS gz (KB)', 'CSS gz (KB)', 'total gz (KB)',
    'LCP, phone 4× (s)', 'frame p50 / p95 (ms)', 'frame p50 / p95, 4× (ms)', 'off-host requests',
  ];
  const body = rows.map((r) => [
    count(r.events), count(r.keyEvents), count(r.sources), secondsText(r.buildSeconds, 1), mb(r.distBytes), count(r.distFiles),
    kb(r.weight?.html), kb(r.weight?.js), kb(r.weight?.css), kb(r.weight?.total),
    secondsText(r.lcpMs === undefined ? undefined : r.lcpMs / 1000), frameText(r.frames), frameText(r.throttledFrames), String(r.offHostRequests.length),
  ]);
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const problems = rows.flatMap((r) => [...r.problems, ...r.offHostRequests.map((url) => `request to another host (blocked): ${url}`)].map((p) => `- ${count(r.events)} events: ${p}`));
  return [line(header), line(header.map(() => '---:')), ...body.map(line), ...(problems.length > 0 ? ['', ...problems] : [])].join('\n');
}
