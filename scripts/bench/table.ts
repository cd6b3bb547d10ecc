import type { RunResult } from './runOne.ts';

/** One size of the benchmark: a result, or why there is none. */
export interface Row {
  size: number;
  result?: RunResult;
  /** "timed out after 600 s (last stage: …)" or "failed: …". */
  problem?: string;
}

/** Seconds with three significant digits, never in exponent form. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  if (!Number.isFinite(s)) return '—';
  if (s >= 100) return s.toFixed(0);
  if (s >= 10) return s.toFixed(1);
  if (s >= 1) return s.toFixed(2);
  return s.toFixed(3);
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
const rate = (n: number): string => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
/** Throughput in MB (10^6 bytes) of article text per second, two significant digits below 10. */
const megabytesPerSecond = (bytes: number, ms: number): string => {
  const value = bytes / 1e6 / (ms / 1000);
  return Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '—';
};

function markdown(header: string[], rows: string[][], rightAligned = true): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (i === 0 || rightAligned ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/**
 * Growth between consecutive measured sizes: time ratio divided by size ratio.
 * 1.0 is linear; 10 for a tenfold size step would be quadratic.
 */
export function growth(previous: Row | undefined, row: Row): string {
  if (!previous?.result || !row.result) return '—';
  const timeRatio = row.result.wallMs / previous.result.wallMs;
  const sizeRatio = row.result.articles / previous.result.articles;
  return (timeRatio / sizeRatio).toFixed(2);
}

/** The main table: wall time, throughput, peak memory, chrono-node and growth. */
export function resultsTable(rows: readonly Row[]): string {
  const header = ['articles', 'corpus (MB)', 'wall (s)', 'articles/s', 'MB/s', 'peak RSS (MB)', 'chrono-node (s)', 'chrono-node MB/s', 'ours/chrono', 'growth'];
  const body = rows.map((row, i) => {
    const r = row.result;
    if (!r) return [row.size.toLocaleString('en-US'), '—', row.problem ?? 'failed', '—', '—', '—', '—', '—', '—', '—'];
    return [
      r.articles.toLocaleString('en-US'),
      (r.corpusBytes / 1e6).toFixed(r.corpusBytes < 1e6 ? 2 : 1),
      seconds(r.wallMs),
      rate(r.articles / (r.wallMs / 1000)),
      megabytesPerSecond(r.corpusBytes, r.wallMs),
      mb(r.peakRssBytes),
      seconds(r.chronoMs),
      megabytesPerSecond(r.corpusBytes, r.chronoMs),
      `${(r.wallMs / r.chronoMs).toFixed(1)}×`,
      growth(rows[i - 1], row),
    ];
  });
  return markdown(header, body);
}

/** Where the time goes inside buildTimeline, from its progress callbacks. */
export function stagesTable(rows: readonly Row[]): string {
  const header = ['articles', 'ingest (s)', 'dates, mentions, events (s)', 'finish (s)', 'JSON (s)', 'mentions', 'events', 'RSS before (MB)'];
  const body = rows
    .filter((row) => row.result)
    .map(({ result: r }) => [
      r!.articles.toLocaleString('en-US'),
      seconds(r!.ingestMs),
      seconds(r!.eventsMs),
      seconds(r!.finishMs),
      seconds(r!.serializeMs),
      r!.mentions === null ? '—' : r!.mentions.toLocaleString('en-US'),
      r!.events.toLocaleString('en-US'),
      mb(r!.startRssBytes),
    ]);
  return markdown(header, body);
}
