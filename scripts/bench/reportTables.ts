/**
 * The Markdown tables of `npm run bench` beyond the pipeline's own
 * (table.ts): CLI start-up, site builds, page weight per page type and
 * Lighthouse. Kilobytes are 1,000 bytes, as in the page-weight budgets; "—"
 * is a figure that could not be measured (the reason is listed below the
 * table).
 */
import type { StartupRow } from './cliStartup.ts';
import type { Category } from './lighthouse.ts';
import { LIGHTHOUSE_PAGES, type SiteRow } from './siteBench.ts';

const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
/** A Markdown table; the first `leftColumns` columns (text) and a text `lastColumn` align left, numbers right. */
const table = (header: readonly string[], rows: readonly (readonly string[])[], leftColumns = 1, lastColumn: 'text' | 'number' = 'number'): string =>
  [line(header), line(header.map((_, i) => (i < leftColumns || (lastColumn === 'text' && i === header.length - 1) ? '---' : '---:'))), ...rows.map(line)].join('\n');
const count = (n: number | undefined): string => (n === undefined ? '—' : n.toLocaleString('en-US'));
const kb = (bytes: number | undefined): string => (bytes === undefined ? '—' : (bytes / 1000).toFixed(1));
const ms = (value: number): string => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—');

/** Start-up: one row per command, with how much faster the compiled CLI is than the sources for the same work. */
export function startupTable(rows: readonly StartupRow[]): string {
  const sourceMs = (what: string): number => rows.find((r) => r.what === what && r.how === 'tsx (sources)')?.medianMs ?? NaN;
  const body = rows.map((r) => [
    r.what,
    r.how,
    `\`${r.command}\``,
    ms(r.medianMs),
    ms(r.minMs),
    ms(r.cpuMs),
    r.how === 'tsx (sources)' || !Number.isFinite(r.medianMs) ? '—' : `${(sourceMs(r.what) / r.medianMs).toFixed(1)}×`,
  ]);
  const problems = rows.filter((r) => r.problem).map((r) => `- ${r.what}, ${r.how}: ${r.problem}`);
  return [table(['command', 'run as', 'command line', 'median (ms)', 'fastest (ms)', 'CPU, median (ms)', 'tsx (sources) ÷ this'], body, 3), ...(problems.length ? ['', ...problems] : [])].join('\n');
}

/** Site builds: time, size and file count per synthetic size. */
export function siteTable(rows: readonly SiteRow[]): string {
  const body = rows.map((r) => [
    count(r.events),
    count(r.keyEvents),
    count(r.sources),
    r.buildSeconds === undefined ? '—' : r.buildSeconds.toFixed(1),
    r.distBytes === undefined ? '—' : (r.distBytes / 1e6).toFixed(r.distBytes < 1e7 ? 2 : 1),
    count(r.distFiles),
  ]);
  return table(['events', 'key', 'articles', 'build (s)', 'dist (MB)', 'dist files'], body);
}

/** Gzipped bytes of one page of each type, per size; a type the site lacks says why. */
export function weightTable(rows: readonly SiteRow[]): string {
  const body = rows.flatMap((r) =>
    r.pages.map((p) =>
      p.weight
        ? [count(r.events), p.type, `\`/${p.file!.replace(/index\.html$/, '')}\``, kb(p.weight.html), kb(p.weight.js), kb(p.weight.css), kb(p.weight.total)]
        : [count(r.events), p.type, p.absent ?? 'missing', '—', '—', '—', '—'],
    ),
  );
  return table(['events', 'page', 'path', 'HTML gz (KB)', 'JS gz (KB)', 'CSS gz (KB)', 'total gz (KB)'], body, 3);
}

const CATEGORY_COLUMNS: readonly Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse scores per page and size, with the audits that cost points below the table. */
export function lighthouseTable(rows: readonly SiteRow[]): string {
  const body: string[][] = [];
  const notes: string[] = [];
  for (const r of rows) {
    for (const p of r.pages.filter((page) => LIGHTHOUSE_PAGES.includes(page.type))) {
      const report = p.lighthouse;
      if (!report) {
        body.push([count(r.events), p.type, ...CATEGORY_COLUMNS.map(() => '—'), p.absent ?? 'not measured']);
        continue;
      }
      const score = (c: Category): string => String(report.scores[c] ?? '—');
      const failing = report.failing.filter((f) => f.category !== 'performance');
      body.push([count(r.events), p.type, ...CATEGORY_COLUMNS.map(score), failing.length ? failing.map((f) => f.id).join(', ') : 'none']);
      for (const f of report.failing) notes.push(`- ${count(r.events)} events, ${p.type}: ${f.category} ${f.id} (${f.score.toFixed(2)}): ${f.title}${f.detail ? ` — ${f.detail}` : ''}`);
    }
  }
  const header = ['events', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'failing audits (not performance)'];
  return [table(header, body, 2, 'text'), ...(notes.length ? ['', 'Audits below full marks:', '', ...notes] : [])].join('\n');
}

/** Problems of the site rows (failed builds, requests off the machine), one line each. */
export function siteProblems(rows: readonly SiteRow[]): string[] {
  return rows.flatMap((r) => r.problems.map((p) => `- ${count(r.events)} events: ${p}`));
}
